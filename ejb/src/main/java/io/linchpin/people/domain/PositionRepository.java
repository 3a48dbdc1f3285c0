package io.linchpin.people.domain;

import java.util.List;
import java.util.Optional;

/** Positions. */
public interface PositionRepository {

  Optional<Position> find(long id);

  Optional<Position> findByCode(String code);

  Optional<Position> findByTitle(String title);

  List<Position> all();

  void add(Position position);
}
