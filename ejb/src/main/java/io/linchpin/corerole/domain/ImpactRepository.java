package io.linchpin.corerole.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Where the impact parameters and people's ramp-up estimates are kept. */
public interface ImpactRepository {

  Optional<ImpactSetting> setting(String name);

  void add(ImpactSetting setting);

  Optional<RampUpEstimate> estimate(long employeeId);

  /** The estimates of these people that exist, by employee id. */
  Map<Long, Integer> estimates(Collection<Long> employeeIds);

  void add(RampUpEstimate estimate);
}
