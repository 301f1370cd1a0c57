package org.guichet.support;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tickets filed by Marie Durand through the portal, as the desk's tests need them: an
 * incident on Winpaie (the category "Support logiciel").
 */
public final class TicketFixtures {

	/** The first bytes of a PNG image, enough for the upload checks. */
	public static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
			'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0 };

	private static final Pattern NUMBER = Pattern.compile("/tickets/(DI-\\d{4}-\\d{6})");

	private TicketFixtures() {
	}

	/**
	 * Files an incident as Marie Durand, with {@code capture.png} attached when
	 * {@code withFile}.
	 * @return its number
	 */
	public static String fileIncident(int port, JdbcTemplate jdbc, String subject, String description,
			boolean withFile) {
		HttpTestClient marie = new HttpTestClient(port);
		marie.signIn(DemoUsers.MEMBER.email(), DemoUsers.PASSWORD);
		UUID incident = jdbc.queryForObject("select request_type_id from request_types where code = 'INCIDENT'",
				UUID.class);
		Map<String, String> fields = new HashMap<>();
		fields.put("productId",
				jdbc.queryForObject("select product_id::text from products where code = 'WINPAIE'", String.class));
		fields.put("requestTypeId", incident.toString());
		fields.put("subject", subject);
		fields.put("description", description);
		fields.put("impact", "PARTIAL");
		fields.put("urgency", "HIGH");
		String form = "/tickets/new?type=" + incident;
		HttpResponse<String> filed = withFile
				? marie.upload(form, "/tickets", fields, "attachments", "capture.png", PNG)
				: marie.submit(form, "/tickets", fields);
		assertThat(filed.statusCode()).isEqualTo(302);
		Matcher matcher = NUMBER.matcher(filed.headers().firstValue("Location").orElseThrow());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
