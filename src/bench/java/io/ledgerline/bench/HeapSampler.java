package io.ledgerline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The most heap in use (garbage included) seen every 10 ms while a benchmark runs. */
final class HeapSampler {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapSampler() {
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
    }

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        sampler.thread.start();
        return sampler;
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops sampling; returns the peak in bytes. */
    long stop() throws InterruptedException {
        running = false;
        thread.join();
        return peak;
    }
}
