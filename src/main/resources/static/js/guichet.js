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

// Counts the addresses typed in an invitation box, for the sentence under it.
document.addEventListener('DOMContentLoaded', function () {
	document.querySelectorAll('[data-count-addresses]').forEach(function (box) {
		var output = document.getElementById(box.getAttribute('data-count-addresses'));
		var update = function () {
			var count = box.value.split(/[,;\r\n]+/).filter(function (part) {
				return part.trim().length > 0;
			}).length;
			output.textContent = output.getAttribute('data-template').replace('{0}', count);
		};
		box.addEventListener('input', update);
		update();
	});
});
