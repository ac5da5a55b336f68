package org.kaifang.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Resolves {@link Settings}: built-in defaults, then a config file, then environment
 * variables, then command-line options, each overriding the one before.
 *
 * <p>The config file is the one given with {@code --config}, else {@code $KAIFANG_CONFIG},
 * else {@code kaifang.properties} in the kaifang home folder if present. Relative paths in
 * the file resolve against the file's folder; relative paths elsewhere against the working
 * directory. Defaults resolve against the kaifang home ({@code $KAIFANG_HOME}, set by the
 * launcher to the project folder), or the working directory.
 */
public final class SettingsLoader {

    /** A setting's name in the config file, and its environment variable. */
    public enum Key {
        DATA("data", "KAIFANG_DATA"),
        WAREHOUSE("warehouse", "KAIFANG_WAREHOUSE"),
        JOB_REPOSITORY_URL("job-repository.url", "KAIFANG_JOB_REPOSITORY_URL"),
        JOB_REPOSITORY_USER("job-repository.user", "KAIFANG_JOB_REPOSITORY_USER"),
        JOB_REPOSITORY_PASSWORD("job-repository.password", "KAIFANG_JOB_REPOSITORY_PASSWORD"),
        JOB_REPOSITORY_DEADLINE("job-repository.deadline", "KAIFANG_JOB_REPOSITORY_DEADLINE"),
        LANG("lang", "KAIFANG_LANG"),
        SPARK_MASTER("spark.master", "KAIFANG_SPARK_MASTER"),
        REJECTS_MAX_SHARE("rejects.max-share", "KAIFANG_REJECTS_MAX_SHARE"),
        REPORT_PDF("report.pdf", "KAIFANG_REPORT_PDF"),
        NOTIFY_EMAIL_HOST("notify.email.host", "KAIFANG_NOTIFY_EMAIL_HOST"),
        NOTIFY_EMAIL_PORT("notify.email.port", "KAIFANG_NOTIFY_EMAIL_PORT"),
        NOTIFY_EMAIL_SECURITY("notify.email.security", "KAIFANG_NOTIFY_EMAIL_SECURITY"),
        NOTIFY_EMAIL_USER("notify.email.user", "KAIFANG_NOTIFY_EMAIL_USER"),
        NOTIFY_EMAIL_PASSWORD("notify.email.password", "KAIFANG_NOTIFY_EMAIL_PASSWORD"),
        NOTIFY_EMAIL_FROM("notify.email.from", "KAIFANG_NOTIFY_EMAIL_FROM"),
        NOTIFY_EMAIL_TO("notify.email.to", "KAIFANG_NOTIFY_EMAIL_TO"),
        NOTIFY_WEBHOOK_URL("notify.webhook.url", "KAIFANG_NOTIFY_WEBHOOK_URL"),
        NOTIFY_WEBHOOK_FORMAT("notify.webhook.format", "KAIFANG_NOTIFY_WEBHOOK_FORMAT"),
        NOTIFY_WEBHOOK_SECRET("notify.webhook.secret", "KAIFANG_NOTIFY_WEBHOOK_SECRET"),
        NOTIFY_RETRIES("notify.retries", "KAIFANG_NOTIFY_RETRIES"),
        NOTIFY_DEADLINE("notify.deadline", "KAIFANG_NOTIFY_DEADLINE"),
        NOTIFY_FIGURES("notify.figures", "KAIFANG_NOTIFY_FIGURES");

        public final String property;
        public final String variable;

        Key(String property, String variable) {
            this.property = property;
            this.variable = variable;
        }
    }

    private final Map<String, String> environment;
    private final Path workingDir;

    public SettingsLoader(Map<String, String> environment, Path workingDir) {
        this.environment = environment;
        this.workingDir = workingDir.toAbsolutePath().normalize();
    }

    public static SettingsLoader fromSystem() {
        return new SettingsLoader(System.getenv(), Path.of(""));
    }

    /** Options given on the command line; null means not given. */
    public record Overrides(Path config, Path data, Path warehouse, String lang, String sparkMaster,
                            Double maxRejectShare) {
        public static Overrides none() {
            return new Overrides(null, null, null, null, null, null);
        }
    }

    public Settings load(Overrides options) {
        Path home = Optional.ofNullable(environment.get("KAIFANG_HOME"))
                .map(h -> workingDir.resolve(h).normalize())
                .orElse(workingDir);
        Properties file = new Properties();
        Path configFile = configFile(options, home);
        Path fileBase = home;
        if (configFile != null) {
            file = read(configFile);
            fileBase = configFile.toAbsolutePath().getParent();
        }

        Path data = path(Key.DATA, options.data(), file, fileBase, home.resolve("data"));
        Path warehouse = path(Key.WAREHOUSE, options.warehouse(), file, fileBase, home.resolve("warehouse"));
        String url = value(Key.JOB_REPOSITORY_URL, null, file)
                .orElse("jdbc:h2:file:" + warehouse.resolve("batch").resolve("jobs") + ";DB_CLOSE_ON_EXIT=FALSE");
        String user = value(Key.JOB_REPOSITORY_USER, null, file).orElse("sa");
        String password = value(Key.JOB_REPOSITORY_PASSWORD, null, file).orElse("");
        Duration deadline = value(Key.JOB_REPOSITORY_DEADLINE, null, file).map(SettingsLoader::seconds)
                .orElse(Settings.JobRepositorySettings.DEFAULT_DEADLINE);
        Language language = value(Key.LANG, options.lang(), file)
                .map(SettingsLoader::language)
                .orElseGet(this::localeLanguage);
        String sparkMaster = value(Key.SPARK_MASTER, options.sparkMaster(), file).orElse(null);

        double maxRejectShare = value(Key.REJECTS_MAX_SHARE,
                options.maxRejectShare() == null ? null : options.maxRejectShare().toString(), file)
                .map(SettingsLoader::share).orElse(0.05);
        boolean briefPdf = value(Key.REPORT_PDF, null, file).map(t -> yesOrNo(Key.REPORT_PDF, t)).orElse(true);
        return new Settings(data, warehouse, new Settings.JobRepositorySettings(url, user, password, deadline),
                language, sparkMaster, maxRejectShare, briefPdf, notifications(file));
    }

    private static final List<String> SECURITIES = List.of("none", "starttls", "ssl");
    private static final List<String> WEBHOOK_FORMATS = List.of("wecom", "dingtalk", "feishu", "json");

    /** The notification channels: an email when a host is set, a webhook when an address is. */
    private NotifySettings notifications(Properties file) {
        NotifySettings.Email email = value(Key.NOTIFY_EMAIL_HOST, null, file).map(host -> {
            String security = value(Key.NOTIFY_EMAIL_SECURITY, null, file).map(t -> oneOf(Key.NOTIFY_EMAIL_SECURITY, t,
                    SECURITIES)).orElse("none");
            int port = value(Key.NOTIFY_EMAIL_PORT, null, file).map(SettingsLoader::port)
                    .orElse(switch (security) {
                        case "ssl" -> 465;
                        case "starttls" -> 587;
                        default -> 25;
                    });
            String from = value(Key.NOTIFY_EMAIL_FROM, null, file).orElseThrow(() -> new ConfigurationException(
                    Key.NOTIFY_EMAIL_FROM.property + " is not set: the address notifications are sent from"));
            List<String> to = value(Key.NOTIFY_EMAIL_TO, null, file).map(t -> List.of(t.split("\\s*[,;]\\s*")))
                    .orElseThrow(() -> new ConfigurationException(Key.NOTIFY_EMAIL_TO.property
                            + " is not set: the addresses notifications are sent to, separated by commas"));
            String user = value(Key.NOTIFY_EMAIL_USER, null, file).orElse(null);
            if (user != null && security.equals("none") && !isLoopback(host)) {
                throw new ConfigurationException(Key.NOTIFY_EMAIL_USER.property + " is set but "
                        + Key.NOTIFY_EMAIL_SECURITY.property + " is none: the password would cross the network in"
                        + " clear text to " + host + "; set " + Key.NOTIFY_EMAIL_SECURITY.property + " to starttls or ssl");
            }
            return new NotifySettings.Email(host, port, security, user,
                    value(Key.NOTIFY_EMAIL_PASSWORD, null, file).orElse(null), from, to);
        }).orElse(null);
        NotifySettings.Webhook webhook = value(Key.NOTIFY_WEBHOOK_URL, null, file).map(url -> {
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw new ConfigurationException(Key.NOTIFY_WEBHOOK_URL.property + ": expected an http:// or https://"
                        + " address, such as the robot's address 企业微信 or 钉钉 gives");
            }
            return new NotifySettings.Webhook(url, value(Key.NOTIFY_WEBHOOK_FORMAT, null, file)
                    .map(t -> oneOf(Key.NOTIFY_WEBHOOK_FORMAT, t, WEBHOOK_FORMATS)).orElse("json"),
                    value(Key.NOTIFY_WEBHOOK_SECRET, null, file).orElse(null));
        }).orElse(null);
        int retries = value(Key.NOTIFY_RETRIES, null, file).map(t -> count(Key.NOTIFY_RETRIES, t, 0, 10))
                .orElse(NotifySettings.DEFAULT_RETRIES);
        Duration deadline = value(Key.NOTIFY_DEADLINE, null, file)
                .map(t -> Duration.ofSeconds(count(Key.NOTIFY_DEADLINE, t, 1, 600)))
                .orElse(NotifySettings.DEFAULT_DEADLINE);
        boolean figures = value(Key.NOTIFY_FIGURES, null, file).map(t -> yesOrNo(Key.NOTIFY_FIGURES, t)).orElse(true);
        return new NotifySettings(email, webhook, retries, deadline, figures);
    }

    /** A mail server on this machine: a login to it never crosses the network. */
    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    private static String oneOf(Key key, String text, List<String> accepted) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (!accepted.contains(value)) {
            throw new ConfigurationException(key.property + " '" + text + "': expected one of " + String.join(", ", accepted));
        }
        return value;
    }

    private static int port(String text) {
        return count(Key.NOTIFY_EMAIL_PORT, text, 1, 65535);
    }

    private static int count(Key key, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigurationException(key.property + " '" + text + "': expected a whole number from " + min
                    + " to " + max);
        }
    }

    private static boolean yesOrNo(Key key, String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new ConfigurationException(key.property + " '" + text + "': expected true or false");
        };
    }

    private Path configFile(Overrides options, Path home) {
        if (options.config() != null) {
            Path given = workingDir.resolve(options.config());
            if (!Files.isRegularFile(given)) {
                throw new ConfigurationException("config file " + given + " does not exist");
            }
            return given;
        }
        String fromEnv = environment.get("KAIFANG_CONFIG");
        if (fromEnv != null && !fromEnv.isBlank()) {
            Path given = workingDir.resolve(fromEnv);
            if (!Files.isRegularFile(given)) {
                throw new ConfigurationException("KAIFANG_CONFIG names " + given + ", which does not exist");
            }
            return given;
        }
        Path beside = home.resolve("kaifang.properties");
        return Files.isRegularFile(beside) ? beside : null;
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException("cannot read config file " + file + ": " + e.getMessage());
        }
        for (String name : properties.stringPropertyNames()) {
            boolean known = false;
            for (Key key : Key.values()) {
                known |= key.property.equals(name);
            }
            if (!known) {
                throw new ConfigurationException("config file " + file + ": unknown setting '" + name
                        + "'; known settings are " + String.join(", ",
                        Arrays.stream(Key.values()).map(k -> k.property).toList()));
            }
        }
        return properties;
    }

    private Path path(Key key, Path option, Properties file, Path fileBase, Path fallback) {
        if (option != null) {
            return workingDir.resolve(option).normalize();
        }
        String env = environment.get(key.variable);
        if (env != null && !env.isBlank()) {
            return workingDir.resolve(env).normalize();
        }
        String fromFile = file.getProperty(key.property);
        if (fromFile != null && !fromFile.isBlank()) {
            return fileBase.resolve(fromFile.trim()).normalize();
        }
        return fallback.normalize();
    }

    private Optional<String> value(Key key, String option, Properties file) {
        if (option != null && !option.isBlank()) {
            return Optional.of(option);
        }
        String env = environment.get(key.variable);
        if (env != null && !env.isBlank()) {
            return Optional.of(env);
        }
        return Optional.ofNullable(file.getProperty(key.property)).map(String::trim).filter(s -> !s.isEmpty());
    }

    private static double share(String text) {
        try {
            double share = Double.parseDouble(text);
            if (share < 0 || share > 1) {
                throw new NumberFormatException();
            }
            return share;
        } catch (NumberFormatException e) {
            throw new ConfigurationException("rejects.max-share '" + text + "': expected a share from 0 to 1, e.g. 0.05");
        }
    }

    private static Duration seconds(String text) {
        try {
            long seconds = Long.parseLong(text.strip());
            if (seconds < 1) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new ConfigurationException("job-repository.deadline '" + text
                    + "': expected whole seconds, at least 1, e.g. 60");
        }
    }

    /**
     * The language the user's locale asks for (LC_ALL, then LC_MESSAGES, then LANG, as POSIX
     * orders them): English for an en_* locale, Chinese for every other, kaifang being
     * Chinese first.
     */
    private Language localeLanguage() {
        for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String locale = environment.get(variable);
            if (locale != null && !locale.isBlank()) {
                return locale.toLowerCase(Locale.ROOT).startsWith("en") ? Language.EN : Language.ZH;
            }
        }
        return Language.ZH;
    }

    private static Language language(String text) {
        try {
            return Language.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }
}
