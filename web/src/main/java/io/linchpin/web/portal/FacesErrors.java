package io.linchpin.web.portal;

import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.LinchpinException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/** Shows a service's refusal on the page, one message per field. */
public final class FacesErrors {

  private FacesErrors() {}

  public static void show(LinchpinException e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (e instanceof InvalidInputException invalid) {
      for (FieldViolation v : invalid.violations()) {
        faces.addMessage(
            null,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, v.field() + ": " + v.message(), null));
      }
    } else {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    faces.validationFailed();
  }

  /** An information message from the portal's bundle, e.g. {@code cases.opened} with its values. */
  public static void info(String key, Object... values) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    String text = new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(values);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }
}
