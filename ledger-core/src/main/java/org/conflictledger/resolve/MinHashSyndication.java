package org.conflictledger.resolve;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Syndication by MinHash over word shingles. A text is folded (accents stripped, lower case) and cut into
 * words (runs of letters and digits); each run of {@value #SHINGLE} consecutive words is a shingle; the
 * signature keeps, for each of {@value #HASHES} hash functions, the least 32-bit hash of any shingle, and the
 * number of shingles. The share of equal slots of two signatures estimates the Jaccard similarity of their
 * shingle sets (standard error about 0.044 at 0.5).
 *
 * <p>Two texts are one story republished when the estimated Jaccard similarity is at least
 * {@value #COPY_JACCARD}, or when the shorter text (of at least {@value #MIN_CONTAINED} shingles) lies at
 * least {@value #COPY_CONTAINMENT} inside the longer (an outlet that ran the first half of a wire story).
 * The thresholds come from the dev gold: the one pair of outlets carrying the same AFP story, edited, scores
 * 0.58 (containment 0.75); an article with its outlet header and footer changed or a paragraph dropped
 * scores above 0.7; different articles on one strike score at most 0.21 (containment 0.39) even where both
 * quote the same wire passages. 0.4 sits about four standard errors from either side.
 *
 * <p>Band keys: {@value #BANDS} bands of {@value #ROWS} slots. Two texts share a key with probability
 * 1 - (1 - J^3)^42: 0.996 at J = 0.5, 0.93 at 0.4, 0.04 at 0.1, under 0.0001 for unrelated texts.
 */
final class MinHashSyndication implements Syndication {
    static final int SHINGLE = 5;
    static final int HASHES = 128;
    static final int BANDS = 42;
    static final int ROWS = 3;
    static final double COPY_JACCARD = 0.4;
    static final double COPY_CONTAINMENT = 0.7;
    static final int MIN_CONTAINED = 20;
    private static final byte VERSION = 1;
    private static final int HEADER = 1 + 4;
    private static final int LENGTH = HEADER + 4 * HASHES;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            s += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(s);
        }
    }

    @Override
    public byte[] signature(String text) {
        Objects.requireNonNull(text, "text");
        List<String> words = words(text);
        long[] mins = new long[HASHES];
        Arrays.fill(mins, Long.MAX_VALUE);
        int shingles = 0;
        if (!words.isEmpty()) {
            int count = Math.max(1, words.size() - SHINGLE + 1);
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < count; i++) {
                long h = 0xCBF29CE484222325L;
                for (int w = i; w < Math.min(words.size(), i + SHINGLE); w++) {
                    h = fnv(h, words.get(w));
                    h = (h ^ ' ') * 0x100000001B3L;
                }
                if (!seen.add(h)) {
                    continue;
                }
                shingles++;
                for (int k = 0; k < HASHES; k++) {
                    long v = mix(h ^ SEEDS[k]) >>> 32;
                    if (v < mins[k]) {
                        mins[k] = v;
                    }
                }
            }
        }
        ByteBuffer out = ByteBuffer.allocate(LENGTH);
        out.put(VERSION).putInt(shingles);
        for (long m : mins) {
            out.putInt(shingles == 0 ? 0 : (int) m);
        }
        return out.array();
    }

    @Override
    public List<String> bandKeys(byte[] signature) {
        ByteBuffer b = check(signature, "signature");
        if (b.getInt(1) == 0) {
            return List.of(); // an empty text is a copy of nothing
        }
        List<String> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long h = band;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + b.getInt(HEADER + 4 * (band * ROWS + r)));
            }
            keys.add(String.format(Locale.ROOT, "%02d%016x", band, h));
        }
        return keys;
    }

    @Override
    public double similarity(byte[] a, byte[] b) {
        ByteBuffer x = check(a, "a");
        ByteBuffer y = check(b, "b");
        if (x.getInt(1) == 0 || y.getInt(1) == 0) {
            return 0;
        }
        int same = 0;
        for (int k = 0; k < HASHES; k++) {
            if (x.getInt(HEADER + 4 * k) == y.getInt(HEADER + 4 * k)) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /**
     * How much of the shorter text lies inside the longer, estimated from the Jaccard estimate and the
     * shingle counts: |A ∩ B| = J (|A| + |B|) / (1 + J).
     */
    double containment(byte[] a, byte[] b) {
        double j = similarity(a, b);
        int na = check(a, "a").getInt(1);
        int nb = check(b, "b").getInt(1);
        if (na == 0 || nb == 0) {
            return 0;
        }
        return Math.min(1, j * (na + nb) / ((1 + j) * Math.min(na, nb)));
    }

    @Override
    public boolean isCopy(byte[] a, byte[] b) {
        if (similarity(a, b) >= COPY_JACCARD) {
            return true;
        }
        int shorter = Math.min(check(a, "a").getInt(1), check(b, "b").getInt(1));
        return shorter >= MIN_CONTAINED && containment(a, b) >= COPY_CONTAINMENT;
    }

    private static ByteBuffer check(byte[] signature, String name) {
        Objects.requireNonNull(signature, name);
        if (signature.length != LENGTH || signature[0] != VERSION) {
            throw new IllegalArgumentException(name + " is not a MinHash signature of this version ("
                    + signature.length + " bytes)");
        }
        return ByteBuffer.wrap(signature);
    }

    /** The text's words: accents folded, lower case, runs of letters and digits. */
    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }

    private static long fnv(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        return h;
    }

    /** MurmurHash3's 64-bit finaliser: every input bit moves every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB93FE1A85329L;
        return z ^ (z >>> 33);
    }
}
