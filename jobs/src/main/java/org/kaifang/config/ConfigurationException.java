package org.kaifang.config;

/** A setting that cannot be used as given; the CLI reports it and exits with code 2. */
public class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }
}
