package org.salessequences.interfaces.web;

import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.salessequences.infrastructure.mail.TrackingService;

/** {@code GET /t/o/{token}}: the open pixel; {@code GET /t/c/{token}}: the click redirect. Unknown tokens: 404. */
@WebServlet(urlPatterns = "/t/*")
public class TrackingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** A transparent 1x1 GIF. */
    private static final byte[] PIXEL = Base64.getDecoder()
            .decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    @Inject
    transient TrackingService tracking;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (path.startsWith("/o/") && tracking.open(path.substring(3))) {
            response.setContentType("image/gif");
            response.setContentLength(PIXEL.length);
            response.getOutputStream().write(PIXEL);
            return;
        }
        if (path.startsWith("/c/")) {
            Optional<String> target = tracking.click(path.substring(3));
            if (target.isPresent()) {
                response.setStatus(HttpServletResponse.SC_FOUND);
                response.setHeader("Location", target.get());
                return;
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
