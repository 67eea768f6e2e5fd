package org.salessequences.interfaces.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.salessequences.infrastructure.mail.TrackingService;

/**
 * {@code GET /u/{token}}: a page that asks to confirm (a GET must not unsubscribe: link scanners follow every
 * link); {@code POST /u/{token}}: unsubscribes, from that page's button or as RFC 8058 one-click from a mail client.
 */
@WebServlet(urlPatterns = "/u/*")
public class UnsubscribeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TrackingService tracking;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = token(request);
        if (!tracking.isUnsubscribeToken(token)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        page(response, "Unsubscribe", "<p>Stop receiving these emails?</p><form method=\"post\" action=\""
                + escape(request.getContextPath() + "/u/" + token) + "\">"
                + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                + "<button type=\"submit\">Unsubscribe</button></form>");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!tracking.unsubscribe(token(request))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        page(response, "Unsubscribed", "<p>You will not receive these emails any more.</p>");
    }

    private static String token(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null || path.length() < 2 ? "" : path.substring(1);
    }

    private static void page(HttpServletResponse response, String title, String content) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + escape(title) + "</title></head><body style=\"font-family:sans-serif;max-width:32em;margin:3em auto\">"
                + "<h1>" + escape(title) + "</h1>" + content + "</body></html>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
