package io.ledgerline.importer.bundle;

import io.ledgerline.domain.InputRefusedException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops a decompressing stream that expands past the bundle's budget or past a plausible compression ratio (a zip or
 * gzip bomb), with a message that says so, before it can fill the disk or the heap.
 */
public final class BoundedInputStream extends FilterInputStream {

    private final String fileName;
    private final DecompressionBudget budget;
    private final long compressedSize;
    private final ImportLimits limits;
    private long produced;

    /** @param compressedSize the compressed size, or -1 when unknown (the ratio is then not checked) */
    public BoundedInputStream(InputStream in, String fileName, DecompressionBudget budget, long compressedSize,
            ImportLimits limits) {
        super(in);
        this.fileName = fileName;
        this.budget = budget;
        this.compressedSize = compressedSize;
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            account(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            account(n);
        }
        return n;
    }

    private void account(int n) {
        produced += n;
        if (!budget.take(n)) {
            throw new InputRefusedException(fileName + ": expands past " + limits.maxDecompressedBytes()
                    + " bytes when decompressed; refused as a possible decompression bomb");
        }
        if (compressedSize > 0 && produced > limits.ratioFloorBytes()
                && produced / compressedSize > limits.maxCompressionRatio()) {
            throw new InputRefusedException(fileName + ": expands more than " + limits.maxCompressionRatio()
                    + " times its compressed size; refused as a possible decompression bomb");
        }
    }
}
