package org.conflictledger.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.conflictledger.model.Article;

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
     * The syndicated copies among a batch of articles: for each article that republishes another, the id of
     * the original, the earliest published (then the least id) of the articles its copies link it to.
     * Candidates are found through shared band keys, so the work grows with the batch, not its square.
     *
     * @return copy id to original id; articles that are no copy are absent
     */
    default Map<String, String> copies(List<Article> articles) {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Article::id));
        List<byte[]> signatures = new ArrayList<>(sorted.size());
        Map<String, List<Integer>> byBand = new HashMap<>();
        int[] original = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            byte[] sig = signature(sorted.get(i).text());
            signatures.add(sig);
            original[i] = i;
            for (String key : bandKeys(sig)) {
                byBand.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> band : byBand.values()) {
            for (int x = 0; x < band.size(); x++) {
                for (int y = x + 1; y < band.size(); y++) {
                    int a = band.get(x);
                    int b = band.get(y);
                    if (isCopy(signatures.get(a), signatures.get(b))) {
                        int ra = root(original, a);
                        int rb = root(original, b);
                        original[Math.max(ra, rb)] = Math.min(ra, rb);
                    }
                }
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            int r = root(original, i);
            if (r != i && !sorted.get(r).id().equals(sorted.get(i).id())) {
                out.put(sorted.get(i).id(), sorted.get(r).id());
            }
        }
        return out;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    /**
     * MinHash over 5-word shingles of the folded text: 128 hashes, 42 bands of 3; a copy at an estimated
     * Jaccard similarity of 0.4 or more, or when a shorter text lies mostly inside a longer one.
     */
    static Syndication minHash() {
        return new MinHashSyndication();
    }
}
