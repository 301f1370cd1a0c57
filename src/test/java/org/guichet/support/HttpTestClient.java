package org.guichet.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.altcha.altcha.Altcha;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A cookie-keeping HTTP client for tests that talk to a running Guichet as a browser
 * would, without following redirects so that tests can see where they lead.
 */
public final class HttpTestClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern BOT_CHALLENGE = Pattern.compile("data-altcha-challenge=\"([^\"]+)\"");

	private final String baseUrl;

	private final CookieManager cookies;

	private final HttpClient client;

	private String acceptLanguage;

	public HttpTestClient(int port) {
		this(port, new CookieManager());
	}

	private HttpTestClient(int port, CookieManager cookies) {
		this.baseUrl = "http://localhost:" + port;
		this.cookies = cookies;
		this.client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * The same browser, its cookies shared, reaching another node: what a load balancer
	 * does when it sends the next request elsewhere.
	 * @param port the other node's port
	 */
	public HttpTestClient sameBrowserOn(int port) {
		return new HttpTestClient(port, this.cookies);
	}

	public HttpTestClient acceptLanguage(String languages) {
		this.acceptLanguage = languages;
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	/**
	 * @return the response to a GET, its body as bytes (a PDF, a file)
	 */
	public HttpResponse<byte[]> bytes(String path) {
		return sendForBytes(request(path).GET().build());
	}

	/**
	 * Posts a form with the session's CSRF token, read from the staff's tasks page
	 * ({@code /desk}), and answers the body as bytes.
	 */
	public HttpResponse<byte[]> postForBytes(String path, Map<String, String> fields) {
		return postForBytes("/desk", path, fields);
	}

	public HttpResponse<byte[]> postForBytes(String tokenPage, String path, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrfToken(get(tokenPage).body()));
		String body = withToken.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return sendForBytes(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<byte[]> sendForBytes(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Posts a form as it was on the page at {@code formPage}, with that page's CSRF
	 * token.
	 */
	public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
		String page = get(formPage).body();
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrfToken(page));
		solveBotChallenge(page).ifPresent((answer) -> withToken.putIfAbsent("altcha", answer));
		return post(action, withToken);
	}

	/**
	 * Like {@link #submit(String, String, Map)}, for forms where a name repeats
	 * (checkboxes).
	 */
	public HttpResponse<String> submit(String formPage, String action, MultiValueMap<String, String> fields) {
		MultiValueMap<String, String> withToken = new LinkedMultiValueMap<>(fields);
		withToken.set("_csrf", csrfToken(get(formPage).body()));
		return postForm(action, withToken);
	}

	/**
	 * Answers the page's proof-of-work challenge, as the browser's script does.
	 * @return the value of the form's {@code altcha} field, if the page has a challenge
	 */
	public static Optional<String> solveBotChallenge(String html) {
		Matcher challenge = BOT_CHALLENGE.matcher(html);
		if (!challenge.find()) {
			return Optional.empty();
		}
		String json = challenge.group(1).replace("&quot;", "\"").replace("&amp;", "&");
		String algorithm = jsonField(json, "algorithm");
		String hash = jsonField(json, "challenge");
		String salt = jsonField(json, "salt");
		String signature = jsonField(json, "signature");
		long max = Long.parseLong(json.replaceAll(".*\"maxnumber\":(\\d+).*", "$1"));
		try {
			Altcha.Solution solution = Altcha.solveChallenge(hash, salt, Altcha.Algorithm.SHA256, max, 0);
			String payload = "{\"algorithm\":\"" + algorithm + "\",\"challenge\":\"" + hash + "\",\"number\":"
					+ solution.number + ",\"salt\":\"" + salt + "\",\"signature\":\"" + signature + "\"}";
			return Optional.of(Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String jsonField(String json, String name) {
		Matcher field = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
		if (!field.find()) {
			throw new IllegalStateException("No " + name + " in the challenge");
		}
		return field.group(1);
	}

	/**
	 * Posts a multipart form with one file, as it was on the page at {@code formPage},
	 * with that page's CSRF token.
	 */
	public HttpResponse<String> upload(String formPage, String action, Map<String, String> fields, String fileField,
			String fileName, byte[] content) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrfToken(get(formPage).body()));
		String boundary = "----guichet-test-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		withToken.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(action).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	public HttpResponse<String> post(String path, Map<String, String> fields) {
		return postForm(path, MultiValueMap.fromSingleValue(fields));
	}

	private HttpResponse<String> postForm(String path, MultiValueMap<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.flatMap((field) -> field.getValue().stream().map((value) -> encode(field.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public HttpResponse<String> signIn(String email, String password) {
		return submit("/login", "/login", Map.of("email", email, "password", password));
	}

	public Optional<String> sessionId() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("GUICHET_SESSION"))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	public static String csrfToken(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token in the page");
		}
		return matcher.group(1);
	}

	public String url(String path) {
		return this.baseUrl + path;
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		if (this.acceptLanguage != null) {
			builder.header("Accept-Language", this.acceptLanguage);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
