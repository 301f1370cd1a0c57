package org.guichet.knowledge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guichet.shared.TypedText;
import org.guichet.shared.storage.FileStore;
import org.guichet.shared.storage.StoredFile;
import org.guichet.shared.storage.UploadPolicy;
import org.guichet.shared.storage.VirusScanner;

import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of articles (PDF, images, videos): checked by size, extension and content
 * before anything is kept; the text of PDF files goes into the article's search document.
 */
@Service
@Transactional
public class KnowledgeFiles {

	/** Videos, which the uploads of tickets do not take, by extension and content. */
	private static final Map<String, Set<String>> VIDEOS = Map.of("mp4", Set.of("video/mp4", "video/quicktime"), "webm",
			Set.of("video/webm", "audio/webm", "video/x-matroska"));

	/** Enough of a PDF's text for search; a manual of hundreds of pages is cut. */
	private static final int MAX_TEXT = 200_000;

	private final JdbcClient jdbc;

	private final FileStore files;

	private final VirusScanner scanner;

	private final KnowledgeProperties properties;

	private final Clock clock;

	KnowledgeFiles(JdbcClient jdbc, FileStore files, VirusScanner scanner, KnowledgeProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.scanner = scanner;
		this.properties = properties;
		this.clock = clock;
	}

	/** The longest description of an image. */
	static final int MAX_ALT_TEXT = 300;

	/**
	 * Attaches a file to an article.
	 * @param altText what an image shows, for readers who cannot see it: required for an
	 * image, ignored for other files
	 * @throws KnowledgeInputException when the file is empty, too large, of a refused
	 * format or infected, or an image comes without its description: nothing is kept then
	 */
	public void attach(UUID articleId, String fileName, long size, InputStreamSource content, String altText) {
		if (size <= 0) {
			throw new KnowledgeInputException("file", "kb.error.fileEmpty");
		}
		if (size > this.properties.maxAttachmentSize().toBytes()) {
			throw new KnowledgeInputException("file", "kb.error.fileTooLarge");
		}
		String name = fileName(fileName);
		byte[] head = head(content);
		Optional<String> refusal = isVideo(name, head) ? Optional.empty() : UploadPolicy.refusal(name, head);
		if (refusal.isPresent()) {
			throw new KnowledgeInputException("file", refusal.get());
		}
		String description = isImage(UploadPolicy.mediaType(head))
				? altText(altText, "kb.error.imageAlt", "kb.error.imageAltLength") : null;
		scan(content);
		StoredFile stored;
		try (InputStream in = content.getInputStream()) {
			stored = this.files.store(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (stored.size() > this.properties.maxAttachmentSize().toBytes()) {
			throw new KnowledgeInputException("file", "kb.error.fileTooLarge");
		}
		String mediaType = UploadPolicy.mediaType(head);
		this.jdbc.sql("""
				insert into kb_attachments (attachment_id, article_id, file_name, media_type, size, sha256, created_at,
				  alt_text)
				values (:id, :article, :name, :type, :size, :sha, :now, :alt)
				""")
			.param("id", UUID.randomUUID())
			.param("article", articleId)
			.param("name", name)
			.param("type", mediaType)
			.param("size", stored.size())
			.param("sha", stored.sha256())
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.param("alt", description)
			.update();
		if ("application/pdf".equals(mediaType)) {
			reindex(articleId);
		}
	}

	/**
	 * Removes a file from an article, and its text from the search.
	 * @throws KnowledgeInputException when the article's text shows the image: it would
	 * show a broken one
	 */
	public void remove(UUID articleId, UUID attachmentId) {
		String body = this.jdbc.sql("select body from kb_articles where article_id = :article")
			.param("article", articleId)
			.query(String.class)
			.optional()
			.orElse("");
		if (ArticleBody.shows(body, attachmentId)) {
			throw new KnowledgeInputException("file", "kb.error.imageInUse");
		}
		this.jdbc.sql("delete from kb_attachments where article_id = :article and attachment_id = :id")
			.param("article", articleId)
			.param("id", attachmentId)
			.update();
		reindex(articleId);
	}

	/**
	 * @return the article's files, by name
	 */
	@Transactional(readOnly = true)
	public List<AttachmentRecord> of(UUID articleId) {
		return this.jdbc
			.sql("select attachment_id, file_name, media_type, size, sha256, alt_text from kb_attachments"
					+ " where article_id = :article order by lower(file_name)")
			.param("article", articleId)
			.query((rs, row) -> attachment(rs))
			.list();
	}

	/**
	 * Changes what an image shows, for readers who cannot see it, in the article's text
	 * too: like its files, a published article's descriptions reach readers at once.
	 * @throws ArticleNotFoundException when the article has no such image
	 * @throws KnowledgeInputException when the description is empty or too long: the one
	 * before stays
	 */
	public void describe(UUID articleId, UUID attachmentId, String altText) {
		String description = altText(altText, "kb.error.describeEmpty", "kb.error.describeLength");
		int changed = this.jdbc.sql("""
				update kb_attachments set alt_text = :alt
				where article_id = :article and attachment_id = :id and media_type like 'image/%'
				""").param("alt", description).param("article", articleId).param("id", attachmentId).update();
		if (changed == 0) {
			throw new ArticleNotFoundException();
		}
		String body = this.jdbc.sql("select body from kb_articles where article_id = :article")
			.param("article", articleId)
			.query(String.class)
			.single();
		this.jdbc.sql("update kb_articles set body = :body where article_id = :article")
			.param("body", ArticleBody.sanitize(body, descriptions(articleId)))
			.param("article", articleId)
			.update();
	}

	/**
	 * @return the article's images that its text may show, and their descriptions
	 */
	Map<UUID, String> descriptions(UUID articleId) {
		Map<UUID, String> images = new HashMap<>();
		this.jdbc
			.sql("select attachment_id, alt_text from kb_attachments where article_id = :article"
					+ " and media_type like 'image/%' and alt_text is not null")
			.param("article", articleId)
			.query((rs) -> {
				images.put(rs.getObject(1, UUID.class), rs.getString(2));
			});
		return images;
	}

	/**
	 * @return the image of this id, with the number of its article (whose reader may see
	 * it: the caller checks)
	 */
	@Transactional(readOnly = true)
	public Optional<ArticleImage> image(UUID attachmentId) {
		return this.jdbc.sql("""
				select f.attachment_id, f.file_name, f.media_type, f.size, f.sha256, f.alt_text, a.number
				from kb_attachments f join kb_articles a on a.article_id = f.article_id
				where f.attachment_id = :id and f.media_type like 'image/%'
				""")
			.param("id", attachmentId)
			.query((rs, row) -> new ArticleImage(rs.getString(7), attachment(rs)))
			.optional();
	}

	/**
	 * @return the file's content; the caller checked that the reader may read the article
	 */
	public InputStream open(AttachmentRecord attachment) throws IOException {
		return this.files.open(attachment.sha256());
	}

	/**
	 * Puts the text of the article's PDF files into its search document.
	 */
	private void reindex(UUID articleId) {
		StringBuilder text = new StringBuilder();
		for (AttachmentRecord attachment : of(articleId)) {
			if (!"application/pdf".equals(attachment.mediaType()) || text.length() >= MAX_TEXT) {
				continue;
			}
			try (InputStream in = this.files.open(attachment.sha256())) {
				text.append(pdfText(in.readAllBytes())).append('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		String all = (text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) : text.toString();
		this.jdbc.sql("update kb_articles set attachment_text = :text where article_id = :id")
			.param("text", all.replace('\u0000', ' '))
			.param("id", articleId)
			.update();
	}

	/**
	 * @return the PDF's text, or nothing when it cannot be read (a scan, a damaged or
	 * protected file): the file is still offered, only not searchable
	 */
	static String pdfText(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			return "";
		}
	}

	/**
	 * @return the file of a row whose first columns are attachment_id, file_name,
	 * media_type, size, sha256 and alt_text
	 */
	private static AttachmentRecord attachment(ResultSet rs) throws SQLException {
		return new AttachmentRecord(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getLong(4),
				rs.getString(5), rs.getString(6));
	}

	static boolean isImage(String mediaType) {
		return mediaType != null && mediaType.startsWith("image/");
	}

	private static String altText(String typed, String emptyKey, String tooLongKey) {
		String description = (typed != null) ? TypedText.clean(typed).strip() : "";
		if (description.isEmpty()) {
			throw new KnowledgeInputException("alt", emptyKey);
		}
		if (description.length() > MAX_ALT_TEXT) {
			throw new KnowledgeInputException("alt", tooLongKey);
		}
		return description;
	}

	private static boolean isVideo(String name, byte[] head) {
		int dot = name.lastIndexOf('.');
		Set<String> types = (dot < 0) ? null : VIDEOS.get(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
		return types != null && types.contains(UploadPolicy.mediaType(head));
	}

	private void scan(InputStreamSource content) {
		if (!this.scanner.enabled()) {
			return;
		}
		try (InputStream in = content.getInputStream()) {
			if (!this.scanner.scan(in).clean()) {
				throw new KnowledgeInputException("file", "upload.error.virus");
			}
		}
		catch (IOException ex) {
			throw new KnowledgeInputException("file", "upload.error.scanFailed");
		}
	}

	private static byte[] head(InputStreamSource content) {
		try (InputStream in = content.getInputStream()) {
			return in.readNBytes(8192);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String fileName(String fileName) {
		String name = (fileName != null) ? fileName.replaceAll(".*[/\\\\]", "").strip() : "";
		name = name.replaceAll("[\\p{Cntrl}\"]", "_");
		if (name.isEmpty()) {
			name = "fichier";
		}
		return (name.length() > 255) ? name.substring(name.length() - 255) : name;
	}

	/**
	 * A file of an article.
	 *
	 * @param id its id
	 * @param fileName its name
	 * @param mediaType its media type, from its content
	 * @param size its size in bytes
	 * @param sha256 where the file store keeps it
	 * @param altText what it shows, for an image; {@code null} otherwise
	 */
	public record AttachmentRecord(UUID id, String fileName, String mediaType, long size, String sha256,
			String altText) {

		/**
		 * @return whether it is an image that the article's text may show
		 */
		public boolean image() {
			return isImage(this.mediaType) && this.altText != null;
		}

		/**
		 * @return where readers' browsers fetch it as an image
		 */
		public String imagePath() {
			return ArticleBody.imagePath(this.id);
		}

		/**
		 * @return its size in kilobytes, at least 1
		 */
		public long kilobytes() {
			return Math.max(1, this.size / 1024);
		}

	}

	/**
	 * An image of an article.
	 *
	 * @param articleNumber its article
	 * @param file the file
	 */
	public record ArticleImage(String articleNumber, AttachmentRecord file) {

	}

}
