// Monthly report drafts: nothing typed is lost. The server autosaves (htmx, see the form's hx-*
// attributes); this keeps a copy in localStorage too, for a closed tab or an expired session, and
// restores it when it is newer than what the server has.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('form[data-zs-draft]');
  if (!form) { return; }
  var key = 'zs-report-draft-' + form.getAttribute('data-zs-draft');
  var serverTime = parseInt(form.getAttribute('data-zs-updated') || '0', 10);
  var fields = function () { return form.querySelectorAll('input[name], textarea[name], select[name]'); };
  var stored = null;
  try { stored = JSON.parse(window.localStorage.getItem(key) || 'null'); } catch (e) { stored = null; }
  if (stored && stored.at > serverTime + 1000) {
    fields().forEach(function (el) {
      if (el.type !== 'hidden' && Object.prototype.hasOwnProperty.call(stored.values, el.name)) { el.value = stored.values[el.name]; }
    });
    var note = document.getElementById('draft-restored');
    if (note) { note.classList.remove('d-none'); }
  }
  var keep = function () {
    var values = {};
    fields().forEach(function (el) { if (el.type !== 'hidden') { values[el.name] = el.value; } });
    try { window.localStorage.setItem(key, JSON.stringify({ at: Date.now(), values: values })); } catch (e) { /* full */ }
  };
  form.addEventListener('input', keep);
  form.addEventListener('change', keep);
  // a successful server save makes the local copy redundant
  document.body.addEventListener('htmx:afterSwap', function (evt) {
    if (evt.detail.target && evt.detail.target.querySelector && evt.detail.target.querySelector('[data-zs-saved]')) {
      window.localStorage.removeItem(key);
    }
  });
  form.addEventListener('submit', function () { window.localStorage.removeItem(key); });
});
