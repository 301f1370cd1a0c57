package org.guichet.administration.web;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.guichet.account.Accounts;
import org.guichet.organization.Organizations;
import org.guichet.shared.database.EmbeddedDatabase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin area's overview: what this installation runs on and holds.
 */
@Controller
class AdminHomeController {

	private final Accounts accounts;

	private final Organizations organizations;

	private final DataSource dataSource;

	private final boolean embedded;

	AdminHomeController(Accounts accounts, Organizations organizations, DataSource dataSource,
			ObjectProvider<EmbeddedDatabase> embeddedDatabase) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.dataSource = dataSource;
		this.embedded = embeddedDatabase.getIfAvailable() != null;
	}

	@GetMapping("/admin")
	String overview(Model model) throws SQLException {
		model.addAttribute("overview", new Overview(databaseVersion(), this.embedded, this.accounts.count(),
				this.organizations.count(), Runtime.version().toString()));
		return "administration/home";
	}

	private String databaseVersion() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			return metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion();
		}
	}

	record Overview(String database, boolean embedded, long users, long organizations, String java) {
	}

}
