package io.linchpin.people.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linchpin.shared.Visibility;
import io.linchpin.shared.Visibility.Grant;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VisibilityTest {

  private final OrgUnit root = new OrgUnit("R", "总部", null);
  private final OrgUnit sales = new OrgUnit("S", "销售中心", root);
  private final OrgUnit shanghai = new OrgUnit("SH", "上海销售部", sales);
  private final OrgUnit salesOps = new OrgUnit("SO", "销售中心运营", root);

  @Test
  void aUnitGrantCoversTheUnitAndItsSubtreeButNotASiblingWithTheSamePrefix() throws Exception {
    Visibility v = new Visibility(List.of(Grant.units(List.of(sales.getPath()), true)));
    assertTrue(employee(1, sales).visibleTo(v));
    assertTrue(employee(2, shanghai).visibleTo(v));
    assertFalse(employee(3, salesOps).visibleTo(v), "总部/销售中心运营 is not inside 总部/销售中心");
    assertFalse(employee(4, root).visibleTo(v));
  }

  @Test
  void onlySeeingEveryoneWithSensitiveFieldsLiftsTheSmallGroupRule() {
    assertTrue(new Visibility(List.of(Grant.everyone(true))).seesSmallGroups(), "HR admin");
    assertFalse(new Visibility(List.of(Grant.everyone(false))).seesSmallGroups(), "Legal");
    assertFalse(
        new Visibility(List.of(Grant.units(List.of(sales.getPath()), true))).seesSmallGroups(),
        "an HR business partner");
    assertFalse(Visibility.NOBODY.seesSmallGroups());
  }

  @Test
  void sensitiveFieldsNeedASensitiveGrantCoveringThePerson() throws Exception {
    Employee inSales = employee(1, shanghai);
    Employee self = employee(9, salesOps);
    Visibility v =
        new Visibility(
            List.of(Grant.units(List.of(sales.getPath()), true), Grant.people(Set.of(9L), false)));
    assertTrue(inSales.sensitiveVisibleTo(v));
    assertTrue(self.visibleTo(v));
    assertFalse(self.sensitiveVisibleTo(v), "seeing yourself as an employee shows no salary");
    assertFalse(v.sensitiveForAll());
  }

  @Test
  void noGrantSeesNobodyAndEveryoneSeesAll() throws Exception {
    assertTrue(Visibility.NOBODY.seesNobody());
    assertFalse(employee(1, root).visibleTo(Visibility.NOBODY));
    Visibility legal = new Visibility(List.of(Grant.everyone(false)));
    assertTrue(legal.seesEveryone());
    assertTrue(employee(1, shanghai).visibleTo(legal));
    assertFalse(employee(1, shanghai).sensitiveVisibleTo(legal));
    assertTrue(new Visibility(List.of(Grant.units(List.of(), true))).seesNobody());
  }

  private static Employee employee(long id, OrgUnit unit) throws Exception {
    java.lang.reflect.Constructor<Employee> c = Employee.class.getDeclaredConstructor();
    c.setAccessible(true);
    Employee e = c.newInstance();
    set(e, "id", id);
    set(e, "orgUnit", unit);
    return e;
  }

  private static void set(Object target, String field, Object value) throws Exception {
    Field f = target.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(target, value);
  }
}
