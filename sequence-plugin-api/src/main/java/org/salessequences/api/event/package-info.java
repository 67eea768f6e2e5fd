/** Records of inbound events: what the host reports about contacts and sent emails ({@code POST /api/v1/events}). */
package org.salessequences.api.event;
