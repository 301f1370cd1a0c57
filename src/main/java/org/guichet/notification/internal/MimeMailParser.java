package org.guichet.notification.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.guichet.notification.InboundAttachment;
import org.guichet.notification.InboundMailParser;
import org.guichet.notification.InboundMessage;
import org.guichet.notification.InboundMessage.Automatic;
import org.guichet.shared.RichText;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Reads an e-mail with Jakarta Mail, trusting none of it: parts are walked to a bounded
 * depth and number, texts and names are cleaned, HTML is sanitized and robots are
 * recognised from their headers.
 */
@Component
class MimeMailParser implements InboundMailParser {

	private static final int MAX_DEPTH = 10;

	private static final int MAX_PARTS = 200;

	private static final int MAX_TEXT = 1_000_000;

	private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,250}>");

	private static final Pattern AUTOMATIC_PRECEDENCE = Pattern.compile("(?i)\\s*(bulk|junk|list|auto_reply)\\s*");

	private static final Pattern DAEMON = Pattern.compile("(?i)^(mailer-daemon|postmaster)@.*");

	private final Session session;

	MimeMailParser() {
		Properties properties = new Properties();
		properties.setProperty("mail.mime.address.strict", "false");
		properties.setProperty("mail.mime.decodefilename", "true");
		properties.setProperty("mail.mime.decodetext.strict", "false");
		this.session = Session.getInstance(properties);
	}

	@Override
	public InboundMessage parse(byte[] raw) {
		try {
			MimeMessage message = new MimeMessage(this.session, new ByteArrayInputStream(raw));
			Body body = new Body();
			walk(message, body, 0);
			InternetAddress from = firstAddress(message);
			String text = (body.text != null) ? body.text
					: (body.html != null) ? RichText.toPlainText(RichText.sanitize(body.html)) : "";
			String html = (body.html != null) ? QuoteTrimmer.trimHtml(body.html) : null;
			String trimmed = QuoteTrimmer.trimText(text);
			if (html == null || !RichText.hasText(html)) {
				html = paragraphs(trimmed);
			}
			String fullText = text + "\n" + body.forwarded + "\n"
					+ ((body.html != null) ? RichText.toPlainText(RichText.sanitize(body.html)) : "");
			return new InboundMessage((from != null) ? from.getAddress().toLowerCase(Locale.ROOT) : null,
					(from != null) ? oneLine(from.getPersonal(), 200) : null, recipients(message),
					oneLine(message.getSubject(), 300), firstId(message.getHeader("Message-ID", null)),
					ids(message.getHeader("In-Reply-To", " ")), ids(message.getHeader("References", " ")),
					automatic(message, from), fullText, trimmed, html, body.attachments, raw, false);
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			throw new UnreadableMailException("Unreadable message: " + ex.getMessage(), ex);
		}
	}

	private static InternetAddress firstAddress(MimeMessage message) throws MessagingException {
		Address[] from;
		try {
			from = message.getFrom();
		}
		catch (AddressException ex) {
			return null;
		}
		if (from == null) {
			return null;
		}
		for (Address address : from) {
			if (address instanceof InternetAddress internet && internet.getAddress() != null
					&& internet.getAddress().contains("@") && internet.getAddress().length() <= 320) {
				return internet;
			}
		}
		return null;
	}

	private static List<String> recipients(MimeMessage message) throws MessagingException {
		Set<String> addresses = new LinkedHashSet<>();
		for (String header : List.of("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To")) {
			String[] values = message.getHeader(header);
			if (values == null) {
				continue;
			}
			for (String value : values) {
				try {
					for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
						if (address.getAddress() != null && addresses.size() < 100) {
							addresses.add(address.getAddress().toLowerCase(Locale.ROOT));
						}
					}
				}
				catch (AddressException ex) {
					// a list that does not parse names nobody we could use
				}
			}
		}
		return List.copyOf(addresses);
	}

	private static Automatic automatic(MimeMessage message, InternetAddress from) throws MessagingException {
		String returnPath = message.getHeader("Return-Path", null);
		if ((returnPath != null && returnPath.replaceAll("[\\s<>]", "").isEmpty())
				|| message.isMimeType("multipart/report")
				|| (from != null && DAEMON.matcher(from.getAddress()).matches())) {
			return Automatic.BOUNCE;
		}
		String autoSubmitted = message.getHeader("Auto-Submitted", null);
		String precedence = message.getHeader("Precedence", null);
		if ((autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no"))
				|| (precedence != null && AUTOMATIC_PRECEDENCE.matcher(precedence).matches())
				|| message.getHeader("X-Autoreply", null) != null || message.getHeader("X-Autorespond", null) != null) {
			return Automatic.AUTO_REPLY;
		}
		return Automatic.NO;
	}

	private static String firstId(String header) {
		List<String> ids = ids(header);
		return ids.isEmpty() ? null : ids.get(0);
	}

	private static List<String> ids(String header) {
		if (header == null) {
			return List.of();
		}
		List<String> ids = new ArrayList<>();
		Matcher matcher = MESSAGE_ID.matcher(header);
		while (matcher.find() && ids.size() < 100) {
			ids.add(matcher.group());
		}
		return ids;
	}

	private void walk(Part part, Body body, int depth) throws MessagingException, IOException {
		if (depth > MAX_DEPTH || ++body.parts > MAX_PARTS) {
			throw new MessagingException("Too deeply nested or too many parts");
		}
		String disposition = part.getDisposition();
		boolean attached = Part.ATTACHMENT.equalsIgnoreCase(disposition);
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				walk(multipart.getBodyPart(i), body, depth + 1);
			}
			return;
		}
		if (part.isMimeType("message/rfc822")) {
			// a message forwarded as an attachment: its text may name the ticket
			Object content = part.getContent();
			if (content instanceof MimeMessage forwarded) {
				Body inner = new Body();
				inner.parts = body.parts;
				walk(forwarded, inner, depth + 1);
				body.parts = inner.parts;
				body.forwarded.append(inner.text != null ? inner.text : "").append('\n').append(inner.forwarded);
			}
			body.attachments.add(attachment(part, "message.eml", false));
			return;
		}
		if (!attached && part.getFileName() == null && part.isMimeType("text/plain") && body.text == null) {
			body.text = text(part);
			return;
		}
		if (!attached && part.getFileName() == null && part.isMimeType("text/html") && body.html == null) {
			body.html = text(part);
			return;
		}
		if (part.isMimeType("message/delivery-status") || part.isMimeType("text/rfc822-headers")) {
			// what a bounce reports: kept in the original message only
			return;
		}
		body.attachments.add(attachment(part, null, !attached && contentId(part) != null));
	}

	private static String text(Part part) throws MessagingException, IOException {
		Object content = part.getContent();
		String text = (content instanceof String string) ? string : new String(read(part), StandardCharsets.UTF_8);
		return (text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) : text;
	}

	private static InboundAttachment attachment(Part part, String defaultName, boolean inline)
			throws MessagingException, IOException {
		String name = part.getFileName();
		if (name == null || name.isBlank()) {
			name = (defaultName != null) ? defaultName : defaultName(part);
		}
		String type;
		try {
			type = new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
		}
		catch (MessagingException | RuntimeException ex) {
			type = "application/octet-stream";
		}
		return new InboundAttachment(fileName(name), type, contentId(part), inline, read(part));
	}

	private static String defaultName(Part part) throws MessagingException {
		if (part.isMimeType("image/png")) {
			return "image.png";
		}
		if (part.isMimeType("image/jpeg")) {
			return "image.jpg";
		}
		if (part.isMimeType("image/gif")) {
			return "image.gif";
		}
		return part.isMimeType("text/*") ? "texte.txt" : "fichier";
	}

	private static String contentId(Part part) throws MessagingException {
		String[] ids = part.getHeader("Content-ID");
		if (ids == null || ids.length == 0) {
			return null;
		}
		String id = ids[0].strip().replaceAll("^<|>$", "");
		return (id.isEmpty() || id.length() > 250) ? null : id.replaceAll("\\p{Cntrl}", "");
	}

	private static byte[] read(Part part) throws MessagingException, IOException {
		try (InputStream in = part.getInputStream()) {
			return in.readAllBytes();
		}
	}

	/**
	 * @return the name without folders, control characters or characters that file
	 * systems refuse, at most 255 characters
	 */
	static String fileName(String name) {
		String decoded;
		try {
			decoded = MimeUtility.decodeText(name);
		}
		catch (IOException | RuntimeException ex) {
			decoded = name;
		}
		String last = decoded.substring(Math.max(decoded.lastIndexOf('/'), decoded.lastIndexOf('\\')) + 1)
			.replaceAll("[\\p{Cntrl}<>:\"|?*]", "")
			.strip();
		if (last.isEmpty() || last.equals(".") || last.equals("..")) {
			last = "fichier";
		}
		return (last.length() > 255) ? last.substring(last.length() - 255) : last;
	}

	static String oneLine(String value, int max) {
		if (value == null) {
			return "";
		}
		String line = value.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
		return (line.length() > max) ? line.substring(0, max) : line;
	}

	private static String paragraphs(String text) {
		if (text.isBlank()) {
			return "";
		}
		StringBuilder html = new StringBuilder();
		for (String paragraph : text.split("\n\\s*\n")) {
			html.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip()).replace("\n", "<br />")).append("</p>");
		}
		return RichText.sanitize(html.toString());
	}

	private static final class Body {

		private String text;

		private String html;

		private final StringBuilder forwarded = new StringBuilder();

		private final List<InboundAttachment> attachments = new ArrayList<>();

		private int parts;

	}

}
