package io.ledgerline.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlCatalogTest {

    @Test
    void theDefaultSetIsEachAnnouncedControlThenAllCombined() {
        List<Control> defaults = ControlCatalog.defaults();
        assertEquals(List.of("address-cooldown", "address-expiry", "change-hold", "face-lock", "step-up", "judicial",
                "combined"), defaults.stream().map(Control::name).toList());
        assertEquals(6, ((CombinedControls) defaults.get(6)).parts().size());
    }

    @Test
    void readsParametersAndKeepsDefaultsForTheRest() {
        assertEquals(new FaceCheckLock(2, Duration.ofHours(24), true),
                ControlCatalog.parse("face-lock=failures:2,review:manual"));
        assertEquals(new AddressExpiry(Duration.ofDays(30)), ControlCatalog.parse("address-expiry=days:30"));
        assertEquals(VerifiedJudicialCooperation.DEFAULTS, ControlCatalog.parse("judicial"));
    }

    @Test
    void plusCombinesAndSeveralControlsAreAlsoReplayedTogether() {
        Control combo = ControlCatalog.parse("address-cooldown=hours:48+change-hold");
        assertEquals("address-cooldown+change-hold", combo.name());
        assertEquals("48", combo.parameters().get("address-cooldown.hours"));
        List<Control> three = ControlCatalog.parse(List.of("judicial", "address-cooldown+change-hold"));
        assertEquals(3, three.size());
        assertEquals(3, ((CombinedControls) three.get(2)).parts().size());
    }

    @Test
    void refusesUnknownNamesParametersAndValues() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ControlCatalog.parse("cooldown"))
                .getMessage().contains("address-cooldown"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ControlCatalog.parse("address-cooldown=days:2")).getMessage().contains("no parameter \"days\""));
        assertThrows(IllegalArgumentException.class, () -> ControlCatalog.parse("address-cooldown=hours:-1"));
        assertThrows(IllegalArgumentException.class, () -> ControlCatalog.parse("address-cooldown=hours:0"));
        assertThrows(IllegalArgumentException.class, () -> ControlCatalog.parse("face-lock=review:maybe"));
        assertThrows(IllegalArgumentException.class, () -> ControlCatalog.parse("change-hold=hours"));
    }
}
