package org.conflictledger.resolve;

import java.util.List;

/**
 * Finds syndicated copies: one wire story republished by many outlets is one report, never independent
 * confirmation. Works on compact signatures of article texts, so a store can keep them and look up
 * candidates by band key instead of comparing every pair of articles.
 */
public interface Syndication {
    /** A compact signature of an article's text, to store beside it. */
    byte[] signature(String text);

    /** Keys of the signature's bands: two copies share at least one key with high probability. */
    List<String> bandKeys(byte[] signature);

    /** Estimated similarity of the texts two signatures were made from, 0 to 1. */
    double similarity(byte[] a, byte[] b);

    /** True when the texts behind two signatures are one story republished. */
    boolean isCopy(byte[] a, byte[] b);

    /**
     * MinHash over 5-word shingles of the folded text: 128 hashes, 42 bands of 3; a copy at an estimated
     * Jaccard similarity of 0.4 or more, or when a shorter text lies mostly inside a longer one.
     */
    static Syndication minHash() {
        return new MinHashSyndication();
    }
}
