// saidby review desk: keyboard review and save-without-reload on the queue and the claims list.
// Forms are read with getAttribute("action"): their buttons are named "action", which shadows form.action.
// Served from /static (CSP: no inline script). Every page works without it: the forms post as usual.
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  const items = () => [...document.querySelectorAll('.queue > .card, table.claims tr.rec')];
  if (items().length === 0) return;
  let current = -1;

  const toast = (() => {
    let el = document.getElementById('toast');
    if (!el) {
      el = document.createElement('p');
      el.id = 'toast';
      el.className = 'notice saved';
      el.setAttribute('role', 'status');
      el.hidden = true;
      const anchor = document.querySelector('.bulk-bar') || document.querySelector('table.claims');
      anchor.parentNode.insertBefore(el, anchor);
    }
    return (message, failed) => {
      el.textContent = message;
      el.classList.toggle('fail', Boolean(failed));
      el.hidden = false;
    };
  })();

  function select(i, scroll = true) {
    const all = items();
    if (all.length === 0) return;
    current = Math.max(0, Math.min(all.length - 1, i));
    all.forEach((el, j) => el.classList.toggle('current', j === current));
    const el = all[current];
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
    if (scroll) el.scrollIntoView({ block: 'nearest' });
  }

  /** The next record still to do after the current one (or the current one when none is left). */
  function selectNextOpen() {
    const all = items();
    for (let j = current + 1; j < all.length; j++) {
      if (!all[j].classList.contains('done')) return select(j);
    }
    select(current);
  }

  async function post(url, body) {
    const res = await fetch(url, {
      method: 'POST',
      body,
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    let data = {};
    try {
      data = await res.json();
    } catch {
      data = { error: `the server answered ${res.status}` };
    }
    return { ok: res.ok, data };
  }

  function markDone(el, text) {
    el.classList.add('done');
    const state = el.querySelector('.card-state');
    if (state) {
      state.classList.remove('fail');
      state.textContent = text;
    }
  }

  /**
   * After a save, the other cards of the same statement take the versions the server now has
   * (so their own save is not refused as stale), and a piece corrected with it leaves the queue.
   */
  function syncParts(parts, savedId) {
    for (const p of parts) {
      const card = document.getElementById(`r${p.id}`);
      if (card) {
        const version = card.querySelector('form.qform input[name="version"]');
        if (version) version.value = String(p.version);
        const pick = card.querySelector('input[name="pick"]');
        if (pick) pick.value = `${p.id}:${p.version}`;
        if (p.id !== savedId && p.status !== 'unreviewed') markDone(card, `✓ ${p.status} with the rest of its statement`);
      }
      for (const box of document.querySelectorAll('form.qform input[name="parts"]')) {
        box.value = box.value.split(',').map((v) => (v.split(':')[0] === String(p.id) ? `${p.id}:${p.version}` : v)).join(',');
      }
    }
  }

  function markFailed(el, text) {
    const state = el.querySelector('.card-state');
    if (state) {
      state.classList.add('fail');
      state.textContent = text;
    }
    toast(text, true);
  }

  /** Queue card: post its form with this action; on success mark it saved and go on. */
  async function saveCard(card, action) {
    const form = card.querySelector('form.qform');
    if (!form || card.classList.contains('done')) return;
    const body = new URLSearchParams(new FormData(form));
    body.set('action', action);
    const { ok, data } = await post(form.getAttribute('action'), body);
    if (!ok) return markFailed(card, `Not saved: ${data.error}`);
    markDone(card, `✓ ${data.message}`);
    syncParts(data.parts || [], data.saved.id);
    toast(data.message);
    // The whole page is done: the next records of the queue are a reload away.
    if (!document.querySelector('.queue > .card:not(.done)')) {
      location.assign(location.pathname + location.search);
      return;
    }
    selectNextOpen();
  }

  /** List row: the same decision through the bulk route, with this one record. */
  async function saveRow(row, action) {
    const pick = row.querySelector('input[name="pick"]');
    const bulk = document.getElementById('bulk');
    if (!pick || !bulk || row.classList.contains('done')) return;
    const body = new URLSearchParams();
    body.set('_csrf', bulk.querySelector('input[name="_csrf"]').value);
    body.set('action', action);
    body.append('pick', pick.value);
    const { ok, data } = await post(bulk.getAttribute('action'), body);
    if (!ok || (data.conflicts && data.conflicts.length)) return toast(`Not saved: ${data.message || data.error}`, true);
    const saved = data.saved[0];
    const status = row.querySelector('.status');
    if (status) {
      status.textContent = saved.status;
      status.className = `status status-${saved.status}`;
    }
    pick.value = `${saved.id}:${saved.version}`;
    row.classList.add('done');
    toast(`Saved: record ${saved.id} ${saved.status}.`);
    selectNextOpen();
  }

  function decide(action) {
    const el = items()[current];
    if (!el) return;
    if (el.classList.contains('card')) saveCard(el, action);
    else saveRow(el, action);
  }

  function focusField(name) {
    const el = items()[current];
    if (!el) return;
    const field = el.querySelector(`form.qform [name="${name}"]`);
    if (field) {
      field.focus();
      field.select?.();
      return;
    }
    const link = el.querySelector('a.claim');
    if (link) location.href = link.href;
  }

  // Queue forms save in place when the script runs (Enter in the speaker or note field too).
  for (const form of document.querySelectorAll('form.qform')) {
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const card = form.closest('.card');
      const all = items();
      current = all.indexOf(card);
      saveCard(card, (e.submitter && e.submitter.value) || 'confirm');
    });
  }
  // Clicking into a record makes it the current one.
  for (const el of items()) {
    el.addEventListener('click', () => {
      const i = items().indexOf(el);
      if (i !== current) {
        current = i;
        items().forEach((x, j) => x.classList.toggle('current', j === current));
      }
    });
  }

  // "Tick all" needs the script, so it is hidden until the script runs.
  const pickAll = document.getElementById('pick-all');
  if (pickAll) {
    pickAll.hidden = false;
    pickAll.addEventListener('change', () => {
      for (const box of document.querySelectorAll('table.claims input[name="pick"]')) box.checked = pickAll.checked;
    });
  }

  const typing = (t) =>
    t instanceof Element &&
    (t.isContentEditable || t.matches('textarea, select, input:not([type="checkbox"]):not([type="radio"]):not([type="submit"]):not([type="button"])'));

  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    if (typing(e.target)) {
      // Enter in the speaker or note field only leaves the field: saving is always a choice made
      // on purpose (c confirms, x rejects), never a side effect of finishing a note.
      if (e.key === 'Enter' && e.target.matches('form.qform input')) {
        e.preventDefault();
        e.target.blur();
        if (current >= 0) select(current);
        return;
      }
      // Esc leaves the field, so the keys work again.
      if (e.key === 'Escape') {
        e.target.blur();
        if (current >= 0) select(current);
      }
      return;
    }
    const help = document.getElementById('keys-help');
    const keys = {
      j: () => select(current + 1),
      k: () => select(current < 0 ? 0 : current - 1),
      c: () => decide('confirm'),
      x: () => decide('reject'),
      s: () => focusField('speaker'),
      n: () => focusField('note'),
      o: () => {
        const ctx = items()[current]?.querySelector('details');
        if (ctx) ctx.open = !ctx.open;
      },
      '?': () => {
        if (help) help.open = !help.open;
      },
      Escape: () => {
        if (help) help.open = false;
      },
    };
    const run = keys[e.key];
    if (!run) return;
    e.preventDefault();
    if (current < 0 && (e.key === 'j' || e.key === 'k')) return select(0);
    if (current < 0 && e.key !== '?' && e.key !== 'Escape') select(0);
    run();
  });

  // Start on the record the page was sent to (#r12 after "save & next"), else the first on the queue.
  const target = location.hash.startsWith('#r') ? document.getElementById(location.hash.slice(1)) : null;
  const start = target ? items().indexOf(target) : document.querySelector('.queue') ? 0 : -1;
  // Only a sent-to record scrolls: a fresh queue keeps its filters and header in view.
  if (start >= 0) select(start, Boolean(target));
});

// Article page: selecting words in the text fills "Add a quotation or claim saidby missed" with
// the words and where they start (the text is the article as stored, so its characters are the
// offsets); the server checks the words stand there.
document.addEventListener('DOMContentLoaded', () => {
  const text = document.querySelector('.article-text');
  const box = document.getElementById('add-record');
  const form = box && box.querySelector('form');
  if (!text || !form) return;
  const words = form.querySelector('textarea[name="words"]');
  const start = form.querySelector('input[name="start"]');

  function fillFromSelection() {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
    const before = document.createRange();
    before.selectNodeContents(text);
    before.setEnd(range.startContainer, range.startOffset);
    const raw = range.toString();
    const trimmed = raw.trim();
    if (!trimmed) return;
    words.value = trimmed;
    start.value = String(before.toString().length + (raw.length - raw.trimStart().length));
    box.open = true;
  }
  text.addEventListener('mouseup', fillFromSelection);
  text.addEventListener('keyup', fillFromSelection);
  // Typed words have no known place: the server looks for them.
  words.addEventListener('input', () => {
    start.value = '';
  });
});
