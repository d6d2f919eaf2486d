package org.conflictledger.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.conflictledger.model.EventType;
import org.conflictledger.model.Group;

/**
 * A process to kill: opens the store at {@code args[0]}, says "adding", adds one batch of {@code args[1]}
 * distinct articles in one transaction, then says "added".
 */
public final class KillChild {
    private static final String[] COUNTRIES = {"SY", "IQ", "AF", "YE", "SO", "NG", "ML", "LY", "SD", "UA", "PK", "CD"};
    private static final String[] WORDS = ("market convoy village checkpoint hospital school bakery bridge mosque road"
            + " district fighters residents witnesses officials army militia police rebels shelling morning evening"
            + " night river border camp refugees airport factory farm field valley mountain town city quarter").split(" ");

    private KillChild() {
    }

    /** The batch: article i in one of a dozen countries, on its own day, with a text of its own. */
    static List<LedgerStore.Entry> batch(String prefix, int n) {
        Random random = new Random(prefix.hashCode());
        List<LedgerStore.Entry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder lead = new StringBuilder(prefix).append(' ').append(i).append('.');
            for (int w = 0; w < 300; w++) {
                lead.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            lead.append('.');
            LocalDate day = LocalDate.of(2014, 1, 1).plusDays(i * 3L);
            out.add(Entries.entry(new Entries.Story(prefix + "-" + i, "Outlet " + (i % 7), day.plusDays(1),
                    COUNTRIES[i % COUNTRIES.length], "Region " + (i % 5), "Town " + i, 10 + i % 20, 20 + i % 30, day,
                    EventType.values()[i % EventType.values().length], List.of("Group " + (i % 9)), "Source " + (i % 11),
                    Group.CIVILIANS, 1 + i % 40, lead.toString())));
        }
        return out;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<LedgerStore.Entry> batch = batch("kill", Integer.parseInt(args[1]));
        try (LedgerStore store = LedgerStore.open(args[0])) {
            out.println("adding");
            AddSummary s = store.add(batch);
            out.println("added " + s);
        }
    }
}
