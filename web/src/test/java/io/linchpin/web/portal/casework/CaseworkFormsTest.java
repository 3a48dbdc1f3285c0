package io.linchpin.web.portal.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.linchpin.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the casework pages make of what people type. */
class CaseworkFormsTest {

  @Test
  void movesAreOneALineWithAnyArrow() {
    assertEquals(
        List.of(
            Map.of("work", "华东区周报", "to", "李四"),
            Map.of("work", "key accounts", "to", "Wang Fang"),
            Map.of("work", "月度结算", "to", "张三")),
        CaseWorkBean.parseMoves("华东区周报 → 李四\n\n key accounts -> Wang Fang \n月度结算=>张三"));
    assertEquals(List.of(), CaseWorkBean.parseMoves(null));
  }

  @Test
  void aMoveWithoutArrowOrPersonIsNamedByItsLine() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> CaseWorkBean.parseMoves("周报 → 李四\n结算给张三\n报表 →  "));
    assertEquals(
        List.of("details.moves line 2", "details.moves line 3"),
        e.violations().stream().map(v -> v.field()).toList());
  }

  @Test
  void wholeDaysReadAsDays() {
    assertEquals("P14D", PlaybooksBean.readable("PT336H"));
    assertEquals("PT8H", PlaybooksBean.readable("PT8H"));
    assertEquals("PT36H", PlaybooksBean.readable("PT36H"));
    assertEquals("PT0S", PlaybooksBean.readable("PT0S"));
    assertEquals("soon", PlaybooksBean.readable("soon"));
  }
}
