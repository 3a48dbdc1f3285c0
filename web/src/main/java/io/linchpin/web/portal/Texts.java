package io.linchpin.web.portal;

import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Words from the portal's bundle in the viewer's language, for text built in a bean. */
public final class Texts {

  private Texts() {}

  /** The text of {@code key}; the key itself when the bundle has none (e.g. a new enum value). */
  public static String of(String key) {
    return of(key, key);
  }

  /** The text of {@code key}, or {@code fallback} when the bundle has none. */
  public static String of(String key, String fallback) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return bundle.containsKey(key) ? bundle.getString(key) : fallback;
  }
}
