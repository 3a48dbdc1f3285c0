package io.linchpin.web.portal;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The portal's language: Simplified Chinese or English. A {@code lang} request parameter switches
 * it; the choice is remembered in a cookie for a year, so it survives signing out. Without a
 * choice, the browser's preferred languages decide, then Chinese.
 */
@Named("locale")
@SessionScoped
public class LocaleBean implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String COOKIE = "linchpin-lang";
  static final Map<String, Locale> SUPPORTED =
      Map.of("zh-CN", Locale.SIMPLIFIED_CHINESE, "en", Locale.ENGLISH);

  private Locale current;

  public Locale getCurrent() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String asked = external.getRequestParameterMap().get("lang");
    if (asked != null && SUPPORTED.containsKey(asked)) {
      current = SUPPORTED.get(asked);
      external.addResponseCookie(
          COOKIE,
          asked,
          Map.of(
              "maxAge",
              365 * 24 * 3600,
              "path",
              external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath(),
              "httpOnly",
              true,
              "SameSite",
              "Lax"));
    }
    if (current == null) {
      current = fromCookie(external).orElse(fromBrowser(external));
    }
    return current;
  }

  /** The BCP 47 tag of the current language, for {@code <html lang>}. */
  public String getTag() {
    return getCurrent().equals(Locale.ENGLISH) ? "en" : "zh-CN";
  }

  public boolean isChinese() {
    return !getCurrent().equals(Locale.ENGLISH);
  }

  private static java.util.Optional<Locale> fromCookie(ExternalContext external) {
    Object cookie = external.getRequestCookieMap().get(COOKIE);
    if (cookie instanceof Cookie c && SUPPORTED.containsKey(c.getValue())) {
      return java.util.Optional.of(SUPPORTED.get(c.getValue()));
    }
    return java.util.Optional.empty();
  }

  private static Locale fromBrowser(ExternalContext external) {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    List<Locale> preferred = Collections.list(request.getLocales());
    for (Locale l : preferred) {
      if (l.getLanguage().equals("zh")) {
        return Locale.SIMPLIFIED_CHINESE;
      }
      if (l.getLanguage().equals("en")) {
        return Locale.ENGLISH;
      }
    }
    return Locale.SIMPLIFIED_CHINESE;
  }
}
