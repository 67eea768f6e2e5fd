package org.salessequences.infrastructure.mail.guard;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.Properties;

import javax.net.SocketFactory;

import org.salessequences.domain.model.mailbox.MailHostPolicy;
import org.salessequences.domain.model.mailbox.MailProtocol;

/**
 * Makes Jakarta Mail open a rep's mailbox connections through the {@link MailHostPolicy}: the socket factory it is
 * given creates sockets that judge the address they are about to connect to (with every other address of the
 * name) and connect to exactly that address. The check and the connection use one resolution, so a name that
 * resolves to a public address for the check and to an inside one a moment later (DNS rebinding) cannot slip
 * through. TLS (implicit or STARTTLS) is layered on these sockets by Jakarta Mail and still verifies the host
 * name. Without {@code socketFactory.fallback=false} Jakarta Mail would retry with a plain socket after a refusal.
 */
public final class GuardedSockets {

    private GuardedSockets() {
    }

    /**
     * Sets the socket factory of the protocol's Jakarta Mail properties ({@code mail.smtp.*} and {@code mail.smtps.*}
     * for SMTP, {@code mail.imap.*} and {@code mail.imaps.*} for IMAP).
     */
    public static void guard(Properties properties, MailProtocol protocol, MailHostPolicy policy) {
        SocketFactory factory = new Factory(policy, protocol);
        String name = protocol == MailProtocol.SMTP ? "smtp" : "imap";
        for (String prefix : new String[] {"mail." + name + ".", "mail." + name + "s."}) {
            // put, not setProperty: Jakarta Mail reads a factory instance from the properties as an object.
            properties.put(prefix + "socketFactory", factory);
            properties.setProperty(prefix + "socketFactory.fallback", "false");
        }
    }

    /** Creates guarded sockets; the connected variants connect them at once. */
    private static final class Factory extends SocketFactory {

        private final MailHostPolicy policy;
        private final MailProtocol protocol;

        Factory(MailHostPolicy policy, MailProtocol protocol) {
            this.policy = policy;
            this.protocol = protocol;
        }

        @Override
        public Socket createSocket() {
            return new GuardedSocket();
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return connected(new InetSocketAddress(host, port), null, 0);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return connected(new InetSocketAddress(host, port), localHost, localPort);
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return connected(new InetSocketAddress(host, port), null, 0);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return connected(new InetSocketAddress(address, port), localAddress, localPort);
        }

        private Socket connected(InetSocketAddress target, InetAddress localAddress, int localPort)
                throws IOException {
            Socket socket = createSocket();
            try {
                if (localAddress != null) {
                    socket.bind(new InetSocketAddress(localAddress, localPort));
                }
                socket.connect(target);
                return socket;
            } catch (IOException e) {
                socket.close();
                throw e;
            }
        }

        /** A socket that connects only where the policy allows, to the address it judged. */
        private final class GuardedSocket extends Socket {

            @Override
            public void connect(SocketAddress endpoint, int timeout) throws IOException {
                if (!(endpoint instanceof InetSocketAddress target)) {
                    throw new IOException("not an internet address: " + endpoint);
                }
                InetAddress address = policy.check(protocol, target.getHostString(), target.getPort(),
                        target.isUnresolved() ? null : target.getAddress());
                super.connect(new InetSocketAddress(address, target.getPort()), timeout);
            }
        }
    }
}
