package io.switchboard.interfaces.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.primefaces.csp.CspException;

/**
 * A postback without its page's script nonce (a forged form, or a client that does not run the
 * page's script) is answered 400 with one plain sentence, quietly: without this PrimeFaces logs
 * a stack trace for each, and anyone may post the login form.
 */
public class NonceRefusals extends ExceptionHandlerFactory {

    public NonceRefusals(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ExceptionQueuedEvent event = events.next();
                if (isNonceRefusal(event.getContext().getException())) {
                    events.remove();
                    refuse(event.getContext().getContext());
                }
            }
            getWrapped().handle();
        }

        private static boolean isNonceRefusal(Throwable t) {
            for (Throwable cause = t; cause != null; cause = cause.getCause()) {
                if (cause instanceof CspException) {
                    return true;
                }
            }
            return false;
        }

        private static void refuse(FacesContext context) {
            ExternalContext external = context.getExternalContext();
            if (!external.isResponseCommitted()) {
                external.responseReset();
                external.setResponseStatus(400);
                external.setResponseContentType("text/plain;charset=UTF-8");
                try {
                    external.getResponseOutputStream()
                            .write(
                                    "This form did not come from its page, or the page has expired. Reload it and try again."
                                            .getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // the client went away
                }
            }
            context.responseComplete();
        }
    }
}
