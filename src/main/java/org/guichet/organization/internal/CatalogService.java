package org.guichet.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.guichet.organization.Catalog;
import org.guichet.organization.ContractTerms;
import org.guichet.organization.ContractView;
import org.guichet.organization.OrganizationFieldException;
import org.guichet.organization.Contracts;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.ProductView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products and contracts: staff manage them, the portal and the ticket module read them.
 * Every contract method takes the organization the contract must belong to.
 */
@Service
@Transactional(readOnly = true)
public class CatalogService implements Contracts, Catalog {

	private final ProductRepository products;

	private final ContractRepository contracts;

	private final OrganizationRepository organizations;

	private final Clock clock;

	CatalogService(ProductRepository products, ContractRepository contracts, OrganizationRepository organizations,
			Clock clock) {
		this.products = products;
		this.contracts = contracts;
		this.organizations = organizations;
		this.clock = clock;
	}

	public List<ProductView> products() {
		return this.products.findAllInOrder().stream().map(Product::view).toList();
	}

	public Optional<ProductView> product(UUID id) {
		return this.products.findById(id).map(Product::view);
	}

	public Optional<ProductView> productByCode(String code) {
		return this.products.findByCode(code.strip()).map(Product::view);
	}

	/**
	 * @return the organization's contract with that number, if it has exactly one
	 */
	public Optional<ContractView> contractNumbered(OrganizationId organization, String number) {
		List<ContractView> found = of(organization).stream()
			.filter((contract) -> contract.number().equalsIgnoreCase(number.strip()))
			.toList();
		return (found.size() == 1) ? Optional.of(found.get(0)) : Optional.empty();
	}

	@Override
	@Transactional
	public ProductView createProduct(String code, String name, String family) {
		requireFreeCode(code, null);
		Product product = new Product(code, name, family, this.clock.instant());
		this.products.save(product);
		return product.view();
	}

	@Transactional
	public void updateProduct(UUID id, String code, String name, String family, boolean active) {
		Product product = this.products.findById(id).orElseThrow(NotFoundException::new);
		requireFreeCode(code, id);
		product.update(code, name, family, active);
	}

	private void requireFreeCode(String code, UUID except) {
		this.products.findByCode((code != null) ? code.strip() : "")
			.filter((existing) -> !existing.id().equals(except))
			.ifPresent((existing) -> {
				throw new OrganizationFieldException("code", "products.error.codeUsed");
			});
	}

	@Override
	public List<ContractView> of(OrganizationId organization) {
		return this.contracts.findWithProductsByOrganization(organization.value())
			.stream()
			.map((row) -> ((Contract) row[0]).view(((Product) row[1]).view()))
			.toList();
	}

	public Optional<ContractView> contract(OrganizationId organization, UUID contract) {
		return this.contracts.findInOrganization(contract, organization.value())
			.map((found) -> found.view(this.products.findById(found.productId()).orElseThrow().view()));
	}

	/**
	 * Asked on every knowledge-base page a customer reads: one statement, sent without a
	 * transaction of its own.
	 */
	@Override
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<ProductView> productsUnderActiveContract(OrganizationId organization, LocalDate day) {
		return of(organization).stream()
			.filter((contract) -> contract.isActiveOn(day) && contract.product().active())
			.map(ContractView::product)
			.distinct()
			.sorted(Comparator.comparing(ProductView::name))
			.toList();
	}

	@Override
	@Transactional
	public UUID addContract(OrganizationId organization, ContractTerms terms) {
		if (!this.organizations.existsById(organization.value())) {
			throw new NotFoundException();
		}
		requireProduct(terms.productId());
		Contract contract = new Contract(organization, terms, this.clock.instant());
		this.contracts.save(contract);
		return contract.id();
	}

	@Transactional
	public void amendContract(OrganizationId organization, UUID contract, ContractTerms terms) {
		Contract found = this.contracts.findInOrganization(contract, organization.value())
			.orElseThrow(NotFoundException::new);
		requireProduct(terms.productId());
		found.amend(terms);
	}

	private void requireProduct(UUID productId) {
		if (productId == null || !this.products.existsById(productId)) {
			throw new OrganizationFieldException("productId", "contracts.error.product");
		}
	}

}
