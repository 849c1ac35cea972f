package com.xingping.integrity;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A photo's difference hash (dHash): the picture in grey reduced to 9 × 8 cells, each bit saying whether a
 * cell is darker than its right neighbour. A resized or re-encoded copy keeps almost every bit; an
 * unrelated photo differs in about half of them. A large photo is read at every n-th pixel (at least
 * {@value #READ_SIDE} pixels a side), which averaging over the cells makes no difference to.
 */
final class PhotoHash {
    static final int BITS = 64;
    private static final int READ_SIDE = 256;
    /** Cells all within this many grey levels of each other: a flat picture, whose hash would match any other flat one. */
    private static final double FLAT = 4;

    private PhotoHash() {
    }

    /** The hash, or empty for bytes no image reader can decode a picture of one flat tone or one smaller than the 9 × 8 cells. */
    static Optional<Long> of(byte[] bytes) {
        try {
            return Optional.ofNullable(read(bytes)).flatMap(PhotoHash::of);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    static Optional<Long> of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        if (width < 9 || height < 8) {
            return Optional.empty();
        }
        double[][] sum = new double[8][9];
        int[][] count = new int[8][9];
        for (int y = 0; y < height; y++) {
            int row = y * 8 / height;
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                int column = x * 9 / width;
                sum[row][column] += 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
                count[row][column]++;
            }
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        long hash = 0;
        for (int row = 0; row < 8; row++) {
            for (int column = 0; column < 9; column++) {
                double grey = sum[row][column] / Math.max(1, count[row][column]);
                min = Math.min(min, grey);
                max = Math.max(max, grey);
                sum[row][column] = grey;
            }
            for (int column = 0; column < 8; column++) {
                hash = hash << 1 | (sum[row][column] < sum[row][column + 1] ? 1 : 0);
            }
        }
        return max - min < FLAT ? Optional.empty() : Optional.of(hash);
    }

    private static BufferedImage read(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int side = Math.min(reader.getWidth(0), reader.getHeight(0));
                int step = Math.max(1, side / READ_SIDE);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }
}
