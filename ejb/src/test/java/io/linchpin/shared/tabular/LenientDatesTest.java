package io.linchpin.shared.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LenientDatesTest {

  private static final LocalDate MARCH_5 = LocalDate.of(2019, 3, 5);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2019-03-05",
        "2019/3/5",
        "2019/03/05",
        "2019.3.5",
        "2019年3月5日",
        "2019年03月05日",
        "20190305",
        "43529",
        "2019/3/5 0:00",
        "2019-03-05 00:00:00",
        " 2019-3-5 "
      })
  void readsTheStylesOldSystemsWrite(String text) {
    assertEquals(MARCH_5, LenientDates.parse(text).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019-02-30", "2019/13/1", "2019年2月29日", "05/03/2019", "yesterday", ""})
  void refusesDatesThatDoNotExistOrAreAmbiguous(String text) {
    assertTrue(LenientDates.parse(text).isEmpty());
  }
}
