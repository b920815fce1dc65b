// saidby review app: the little behaviour the pages need. Served from /static (CSP: no inline script).
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  // Filter forms: drop empty fields so links stay short and shareable (?speaker=trump, not ?speaker=trump&q=&kind=...).
  for (const form of document.querySelectorAll('form.filters')) {
    form.addEventListener('submit', () => {
      for (const field of form.querySelectorAll('input, select')) {
        if (field.name && field.value === '') field.disabled = true;
      }
    });
    // A changed select filters at once.
    for (const select of form.querySelectorAll('select')) {
      select.addEventListener('change', () => form.requestSubmit());
    }
  }

  // Review form: the correction fields only matter for "Correct"; dim them otherwise.
  const review = document.querySelector('form.review-form');
  if (review) {
    const sync = () => {
      const action = review.querySelector('input[name="action"]:checked');
      review.classList.toggle('confirming', !action || action.value !== 'correct');
    };
    review.addEventListener('change', sync);
    // Typing in a correction field means the reviewer is correcting.
    for (const field of review.querySelectorAll('.corrections input:not([type="checkbox"]), .corrections select')) {
      field.addEventListener('input', () => {
        const correct = review.querySelector('input[name="action"][value="correct"]');
        if (correct) correct.checked = true;
        sync();
      });
    }
    sync();
  }

  // Article page: pointing at a claim in the list lights up its spans in the text, and back.
  const flash = (id, on) => {
    for (const el of document.querySelectorAll(`[data-attribution="${CSS.escape(id)}"]`)) el.classList.toggle('flash', on);
  };
  for (const el of document.querySelectorAll('[data-attribution]')) {
    el.addEventListener('mouseenter', () => flash(el.dataset.attribution, true));
    el.addEventListener('mouseleave', () => flash(el.dataset.attribution, false));
  }
});
