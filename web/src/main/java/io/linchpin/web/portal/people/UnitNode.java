package io.linchpin.web.portal.people;

import java.io.Serializable;

/** What a node of the org tree shows and which unit it stands for. */
public class UnitNode implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String name;
  private final String path;

  UnitNode(long id, String name, String path) {
    this.id = id;
    this.name = name;
    this.path = path;
  }

  public long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getPath() {
    return path;
  }
}
