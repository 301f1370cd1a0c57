package org.guichet.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Static files are served from {@code /css}, {@code /js}, {@code /img} and
 * {@code /webjars} only ({@code spring.web.resources.add-mappings=false} turns off Spring
 * Boot's mapping of every path). With that mapping, and the resource chain that the
 * WebJars locator turns on, every link a page rendered was looked up as a file in the
 * class path before being written: some 2 ms a link, 100 ms for a page of 50
 * organizations (docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js", "img" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true);
		}
		// version-less WebJars links, resolved by the WebJars locator
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
	}

}
