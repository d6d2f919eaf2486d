package org.conflictledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorsTest {
    @Test
    void namesArmedGroupsInTheOrderTheTextMentionsThem() {
        String text = "A suicide bomber from al-Qaeda's affiliate Nusra Front struck a checkpoint held by ISIS rivals.";
        assertEquals(List.of("al-Qaeda", "Nusra Front", "Islamic State"), Actors.groupsIn(text));
        assertEquals(List.of("Islamic State", "al-Qaeda"), Actors.groupsIn("ISIS and al-Qaeda fighters attacked the town."));
    }

    @Test
    void leavesOutAGroupNamedAsTheTarget() {
        assertEquals(List.of(), Actors.groupsIn("Government jets carried out an airstrike on Taliban fighters."));
    }
}
