package org.conflictledger.geo;

import java.util.Arrays;

/**
 * A compact multimap from ASCII keys to entity ids, with a flag per (key, id) saying whether the key came
 * from the entity's own name rather than an alternate. Keys live in one byte pool and postings in linked
 * int arrays under an open-addressing table, so half a million keys cost a few megabytes and no objects.
 * Built single-threaded at load, read-only (and so thread-safe) afterwards.
 */
final class NameIndex {
    private static final int[] NONE = new int[0];

    private byte[] pool;
    private int poolSize;
    private int[] keyStart;
    private int[] keyHash;
    private int[] keyHead;
    private int keyCount;
    private int[] table;
    private int[] postEntry;
    private int[] postNext;
    private int postCount;

    /** An empty index sized for about {@code expectedKeys} keys (it grows beyond). */
    NameIndex(int expectedKeys) {
        int keys = Math.max(16, expectedKeys);
        pool = new byte[keys * 12];
        keyStart = new int[keys + 1];
        keyHash = new int[keys + 1];
        keyHead = new int[keys + 1];
        table = new int[Integer.highestOneBit(keys * 2) * 2];
        postEntry = new int[keys];
        postNext = new int[keys];
    }

    /** Number of distinct keys. */
    int keys() {
        return keyCount;
    }

    /** Number of (key, entity) pairs. */
    int postings() {
        return postCount;
    }

    /**
     * Adds a key for an entity. Keys of one entity must be added together: a repeat of a key already
     * added for the same entity only updates its flag.
     *
     * @return whether the (key, entity) pair is new
     */
    boolean add(CharSequence key, int entity, boolean own) {
        if (key.length() == 0) {
            return false;
        }
        int k = findOrInsert(key);
        int encoded = entity << 1 | (own ? 1 : 0);
        int head = keyHead[k];
        if (head >= 0 && postEntry[head] >>> 1 == entity) {
            postEntry[head] |= encoded & 1;
            return false;
        }
        if (postCount == postEntry.length) {
            postEntry = Arrays.copyOf(postEntry, postCount * 2);
            postNext = Arrays.copyOf(postNext, postCount * 2);
        }
        postEntry[postCount] = encoded;
        postNext[postCount] = head;
        keyHead[k] = postCount++;
        return true;
    }

    /** Entities under a key, each as {@code id << 1 | ownNameFlag}; empty when the key is unknown. */
    int[] find(CharSequence key) {
        if (key.length() == 0) {
            return NONE;
        }
        int k = lookup(key);
        if (k < 0) {
            return NONE;
        }
        int n = 0;
        for (int p = keyHead[k]; p >= 0; p = postNext[p]) {
            n++;
        }
        int[] out = new int[n];
        for (int p = keyHead[k]; p >= 0; p = postNext[p]) {
            out[--n] = postEntry[p];
        }
        return out;
    }

    /** Releases the slack left by growth. */
    void trim() {
        pool = Arrays.copyOf(pool, poolSize);
        keyStart = Arrays.copyOf(keyStart, keyCount + 1);
        keyStart[keyCount] = poolSize;
        keyHash = Arrays.copyOf(keyHash, keyCount);
        keyHead = Arrays.copyOf(keyHead, keyCount);
        postEntry = Arrays.copyOf(postEntry, postCount);
        postNext = Arrays.copyOf(postNext, postCount);
    }

    /** Approximate bytes held by the arrays. */
    long bytes() {
        return pool.length + 4L * (keyStart.length + keyHash.length + keyHead.length + table.length + postEntry.length + postNext.length);
    }

    private int lookup(CharSequence key) {
        return lookup(key, hash(key));
    }

    private int lookup(CharSequence key, int hash) {
        int mask = table.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int k = table[slot] - 1;
            if (k < 0) {
                return -1;
            }
            if (keyHash[k] == hash && equalsKey(k, key)) {
                return k;
            }
        }
    }

    private int findOrInsert(CharSequence key) {
        int hash = hash(key);
        int k = lookup(key, hash);
        if (k >= 0) {
            return k;
        }
        if ((keyCount + 1) * 10 > table.length * 6) {
            rehash();
        }
        if (keyCount + 1 >= keyStart.length) {
            keyStart = Arrays.copyOf(keyStart, keyStart.length * 2);
            keyHash = Arrays.copyOf(keyHash, keyHash.length * 2);
            keyHead = Arrays.copyOf(keyHead, keyHead.length * 2);
        }
        while (poolSize + key.length() > pool.length) {
            pool = Arrays.copyOf(pool, pool.length * 2);
        }
        k = keyCount++;
        keyStart[k] = poolSize;
        for (int i = 0; i < key.length(); i++) {
            pool[poolSize++] = (byte) key.charAt(i);
        }
        keyStart[k + 1] = poolSize;
        keyHash[k] = hash;
        keyHead[k] = -1;
        place(k, hash);
        return k;
    }

    private void rehash() {
        table = new int[table.length * 2];
        for (int k = 0; k < keyCount; k++) {
            place(k, keyHash[k]);
        }
    }

    private void place(int k, int hash) {
        int mask = table.length - 1;
        int slot = hash & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = k + 1;
    }

    private boolean equalsKey(int k, CharSequence key) {
        int start = keyStart[k];
        if (keyStart[k + 1] - start != key.length()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (pool[start + i] != (byte) key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence key) {
        int h = 0;
        for (int i = 0; i < key.length(); i++) {
            h = 31 * h + (byte) key.charAt(i);
        }
        return mix(h);
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }
}
