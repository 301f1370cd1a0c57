// Sends the CSRF token with every htmx request, as Spring Security requires for writes.
document.addEventListener('htmx:configRequest', function (event) {
	var header = document.querySelector('meta[name="csrf-header"]');
	var token = document.querySelector('meta[name="csrf-token"]');
	if (header && token) {
		event.detail.headers[header.content] = token.content;
	}
});

// Moves the keyboard focus to the summary of errors when a form comes back invalid.
document.addEventListener('DOMContentLoaded', function () {
	var errors = document.getElementById('form-errors');
	if (errors) {
		errors.focus();
	}
});
