// Small page behaviours without inline scripts (the CSP forbids them).
document.addEventListener('DOMContentLoaded', function () {
  // navbar toggler without Bootstrap's JS bundle
  document.querySelectorAll('[data-zs-toggle]').forEach(function (b) {
    b.addEventListener('click', function () {
      document.querySelector(b.getAttribute('data-zs-toggle')).classList.toggle('show');
    });
  });
  // confirmation before destructive actions
  document.querySelectorAll('form[data-zs-confirm]').forEach(function (f) {
    f.addEventListener('submit', function (e) {
      if (!window.confirm(f.getAttribute('data-zs-confirm'))) { e.preventDefault(); }
    });
  });
  document.querySelectorAll('[data-zs-print]').forEach(function (b) {
    b.addEventListener('click', function () { window.print(); });
  });
  // copy a shown-once secret (token, generated password) to the clipboard
  document.querySelectorAll('[data-zs-copy]').forEach(function (b) {
    b.addEventListener('click', function () {
      var field = document.querySelector(b.getAttribute('data-zs-copy'));
      field.select();
      var done = function () { if (b.getAttribute('data-zs-copied')) { b.textContent = b.getAttribute('data-zs-copied'); } };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done);
      } else if (document.execCommand('copy')) {
        done();
      }
    });
  });
  document.querySelectorAll('[data-zs-select-on-focus]').forEach(function (el) {
    el.addEventListener('focus', function () { el.select(); });
  });
  // auto-submit filter selects
  document.querySelectorAll('[data-zs-autosubmit]').forEach(function (el) {
    el.addEventListener('change', function () { el.form.submit(); });
  });
});
// htmx requests carry the CSRF token
document.addEventListener('htmx:configRequest', function (evt) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { evt.detail.headers[header.content] = token.content; }
});
