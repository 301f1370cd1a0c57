package org.guichet.knowledge.web;

import java.util.UUID;

import org.guichet.knowledge.internal.ArticleDraft;
import org.guichet.knowledge.internal.ArticleRecord;
import org.guichet.knowledge.internal.Audience;

/**
 * What the article editor sends; kept as typed, so the editor shows it again when it is
 * refused.
 */
public class ArticleForm {

	private String title;

	private String summary;

	private String body;

	private UUID categoryId;

	private UUID productId;

	private String domain;

	private String language = "fr";

	private Audience audience = Audience.CUSTOMERS;

	static ArticleForm of(ArticleRecord article) {
		ArticleForm form = new ArticleForm();
		form.title = article.title();
		form.summary = article.summary();
		form.body = article.body();
		form.categoryId = article.categoryId();
		form.productId = article.productId();
		form.domain = article.domain();
		form.language = article.language();
		form.audience = article.audience();
		return form;
	}

	ArticleDraft toDraft() {
		return new ArticleDraft(this.title, this.summary, this.body, this.categoryId, this.productId, this.domain,
				this.language, this.audience);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public UUID getCategoryId() {
		return this.categoryId;
	}

	public void setCategoryId(UUID categoryId) {
		this.categoryId = categoryId;
	}

	public UUID getProductId() {
		return this.productId;
	}

	public void setProductId(UUID productId) {
		this.productId = productId;
	}

	public String getDomain() {
		return this.domain;
	}

	public void setDomain(String domain) {
		this.domain = domain;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public Audience getAudience() {
		return this.audience;
	}

	public void setAudience(Audience audience) {
		this.audience = audience;
	}

}
