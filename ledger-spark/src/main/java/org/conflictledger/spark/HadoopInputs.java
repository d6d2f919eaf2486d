package org.conflictledger.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.conflictledger.ingest.Ingest;
import org.conflictledger.ingest.IngestProblem;

/**
 * Finds and reads the input files on a Hadoop file system, in the order {@code ledger extract} reads local
 * ones: inputs in the order given, a directory's readable files (hidden ones and unknown extensions
 * skipped) sorted by path. A Hadoop glob ({@code CC-NEWS-2015*.warc.gz}) stands for its matches, sorted.
 */
final class HadoopInputs {
    private HadoopInputs() {
    }

    /**
     * The files to read and the inputs that could not be listed.
     *
     * @param files qualified URIs, in reading order
     * @param problems {@code INPUT: message} for each input that names nothing readable
     */
    record Listing(List<String> files, List<String> problems) {
        Listing {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /**
     * One thing a read task found: an article or a problem, never both.
     *
     * @param article an article read, or null
     * @param problem a problem as the CLI prints it ({@code FILE[:LINE]: message}), or null
     */
    record Item(ArticleRow article, String problem) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    static Listing list(List<String> inputs, Configuration conf) {
        List<String> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String input : inputs) {
            try {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    problems.add(input + ": no such file or directory");
                    continue;
                }
                for (FileStatus match : matches) {
                    if (match.isDirectory()) {
                        files.addAll(walk(fs, match.getPath()));
                    } else {
                        files.add(match.getPath().toString());
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                problems.add(input + ": cannot list: " + e.getMessage());
            }
        }
        return new Listing(files, problems);
    }

    private static List<String> walk(FileSystem fs, Path root) throws IOException {
        String rootPath = root.toUri().getPath();
        List<String> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            LocatedFileStatus status = it.next();
            String path = status.getPath().toUri().getPath();
            String below = path.startsWith(rootPath) ? path.substring(rootPath.length()) : path;
            if (status.isFile() && !hidden(below) && Ingest.supports(path)) {
                found.add(status.getPath().toString());
            }
        }
        found.sort(null);
        return found;
    }

    private static boolean hidden(String relative) {
        for (String segment : relative.split("/")) {
            if (segment.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the {@code index}-th file with the ingest stage. The file's articles are held in memory until the
     * task hands them on: a few hundred MB of text for a Common Crawl News WARC.
     */
    static Iterator<Item> read(int index, String uri, HadoopConf conf) {
        List<Item> items = new ArrayList<>();
        long[] n = {0};
        try {
            Path path = new Path(uri);
            FileSystem fs = path.getFileSystem(conf.get());
            try (InputStream in = fs.open(path)) {
                Ingest.read(uri, in,
                        article -> items.add(new Item(ArticleRow.of(ArticleRow.position(index, n[0]++), article), null)),
                        problem -> items.add(new Item(null, problem.toString())));
            }
        } catch (IOException e) {
            items.add(new Item(null, new IngestProblem(uri, 0, "cannot read file: " + e.getMessage()).toString()));
        }
        return items.iterator();
    }
}
