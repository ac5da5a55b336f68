package org.kaifang.batch;

/**
 * A machine kept busy: one spinning thread per processor, in a process of its own, until it is
 * killed. The soak runs nightly jobs beside it, as a shared server runs them.
 */
public final class CpuHog {

    private CpuHog() {
    }

    public static void main(String[] args) {
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            Thread spinner = new Thread(() -> {
                long x = 0;
                while (x != -1) {
                    x = x * 6364136223846793005L + 1442695040888963407L;
                }
            });
            spinner.start();
        }
    }
}
