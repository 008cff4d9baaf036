// Pickers: a text box that lists matching choices as you type (the ARIA 1.2 combobox pattern: the focus stays
// in the box, arrow keys move through the list, Enter picks, Escape closes). Three kinds:
//  - [data-picker-url] on a wrapper: the choices come from the server as <li role="option"> items (HS products,
//    enterprises); picking writes data-value into the box, or into the hidden input named by data-picker-target.
//  - select[data-picker]: a long select (sectors) becomes a searchable box; the select stays the form value.
// Without JavaScript the plain inputs and selects work as before. CSP allows no inline script, hence this file.
(function () {
  'use strict';

  let counter = 0;

  function fold(text) {
    return (text || '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  }

  // Wires the keyboard and mouse of one combobox. load(query) fills the list; choose(option) takes a pick.
  function combobox(input, list, load, choose) {
    let active = -1;
    let timer = null;
    let request = 0;

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('autocomplete', 'off');
    list.setAttribute('role', 'listbox');

    function options() {
      return Array.from(list.querySelectorAll('[role=option]:not([aria-disabled=true])'));
    }

    function open() {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      const all = options();
      all.forEach((o, i) => {
        o.setAttribute('aria-selected', i === index ? 'true' : 'false');
        o.classList.toggle('active', i === index);
      });
      active = index;
      if (index >= 0 && all[index]) {
        input.setAttribute('aria-activedescendant', all[index].id);
        all[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function refresh() {
      const mine = ++request;
      Promise.resolve(load(input.value)).then(() => {
        if (mine !== request) {
          return;
        }
        options().forEach((o, i) => {
          if (!o.id) {
            o.id = list.id + '-' + i;
          }
        });
        open();
        highlight(-1);
      });
    }

    function pick(option) {
      choose(option);
      close();
    }

    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, 200);
    });
    input.addEventListener('keydown', (event) => {
      const all = options();
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (list.hidden) {
          refresh();
          return;
        }
        highlight(all.length === 0 ? -1 : (active + 1) % all.length);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        if (!list.hidden && all.length > 0) {
          highlight(active <= 0 ? all.length - 1 : active - 1);
        }
      } else if (event.key === 'Enter') {
        if (!list.hidden && active >= 0 && all[active]) {
          event.preventDefault();
          pick(all[active]);
        }
      } else if (event.key === 'Escape') {
        if (!list.hidden) {
          event.preventDefault();
          close();
        }
      } else if (event.key === 'Tab') {
        close();
      }
    });
    input.addEventListener('blur', () => setTimeout(close, 150));
    // mousedown, not click: the box keeps the focus, so its blur does not close the list first.
    list.addEventListener('mousedown', (event) => {
      const option = event.target.closest('[role=option]');
      if (option && option.getAttribute('aria-disabled') !== 'true') {
        event.preventDefault();
        pick(option);
      }
    });
    close();
  }

  function listFor(wrapper, label) {
    const list = document.createElement('ul');
    list.id = 'picker-list-' + ++counter;
    list.className = 'picker-list list-group position-absolute shadow-sm';
    if (label) {
      list.setAttribute('aria-label', label);
    }
    wrapper.classList.add('position-relative');
    wrapper.appendChild(list);
    return list;
  }

  // Server-side choices: HS products (the box holds the code) and enterprises (a hidden input holds the id).
  function remote(wrapper) {
    const input = wrapper.querySelector('input[data-picker-input]');
    if (!input || input.dataset.pickerReady) {
      return;
    }
    input.dataset.pickerReady = 'true';
    const list = listFor(wrapper, wrapper.dataset.pickerLabel);
    const chosen = wrapper.querySelector('.picker-chosen');
    const target = wrapper.dataset.pickerTarget
      ? wrapper.closest('form').querySelector('[name="' + wrapper.dataset.pickerTarget + '"]')
      : null;
    const url = wrapper.dataset.pickerUrl;
    combobox(
      input,
      list,
      (query) => {
        const address = url + (url.includes('?') ? '&' : '?') + 'q=' + encodeURIComponent(query.trim());
        return fetch(address, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
          .then((response) => (response.ok ? response.text() : ''))
          .then((html) => {
            list.innerHTML = html;
          });
      },
      (option) => {
        if (target) {
          target.value = option.dataset.value;
          input.value = option.dataset.label;
        } else {
          input.value = option.dataset.value;
        }
        if (chosen) {
          chosen.textContent = option.dataset.label;
        }
        input.dispatchEvent(new Event('change', { bubbles: true }));
        if (wrapper.dataset.pickerSubmit === 'true') {
          input.form.submit();
        }
      },
    );
    if (target) {
      // Typing a new name forgets the enterprise picked before.
      input.addEventListener('input', () => {
        target.value = '';
      });
    }
  }

  // A long select made searchable: the select stays in the form (hidden), the box filters its options.
  function searchableSelect(select) {
    if (select.dataset.pickerReady) {
      return;
    }
    select.dataset.pickerReady = 'true';
    const wrapper = document.createElement('div');
    select.parentNode.insertBefore(wrapper, select);
    const input = document.createElement('input');
    input.type = 'text';
    input.className = select.className.replace('form-select', 'form-control');
    input.id = select.id + '-search';
    input.setAttribute('data-picker-input', 'true');
    const label = document.querySelector('label[for="' + select.id + '"]');
    if (label) {
      label.setAttribute('for', input.id);
      input.setAttribute('aria-label', label.textContent.trim());
    }
    if (select.dataset.pickerPlaceholder) {
      input.placeholder = select.dataset.pickerPlaceholder;
    }
    const current = select.selectedOptions[0];
    input.value = current && current.value ? current.textContent.trim() : '';
    wrapper.appendChild(input);
    select.hidden = true;
    select.setAttribute('aria-hidden', 'true');
    select.tabIndex = -1;
    const list = listFor(wrapper, label ? label.textContent.trim() : '');
    const all = Array.from(select.options).map((o) => ({
      value: o.value,
      text: o.textContent.trim(),
      folded: fold(o.textContent),
    }));
    combobox(
      input,
      list,
      (query) => {
        const words = fold(query).split(' ').filter((w) => w);
        const found = all.filter((o) => words.every((w) => o.folded.includes(w))).slice(0, 50);
        list.innerHTML = '';
        found.forEach((o) => {
          const item = document.createElement('li');
          item.setAttribute('role', 'option');
          item.className = 'picker-option';
          item.dataset.value = o.value;
          item.textContent = o.text;
          list.appendChild(item);
        });
        if (found.length === 0) {
          const item = document.createElement('li');
          item.setAttribute('role', 'option');
          item.setAttribute('aria-disabled', 'true');
          item.className = 'picker-empty text-body-secondary';
          item.textContent = select.dataset.pickerEmpty || '';
          list.appendChild(item);
        }
      },
      (option) => {
        select.value = option.dataset.value;
        input.value = option.textContent.trim();
        select.dispatchEvent(new Event('change', { bubbles: true }));
      },
    );
    input.addEventListener('change', () => {
      if (input.value.trim() === '' && all.some((o) => o.value === '')) {
        select.value = '';
      }
    });
  }

  function init(root) {
    root.querySelectorAll('[data-picker-url]').forEach(remote);
    root.querySelectorAll('select[data-picker]').forEach(searchableSelect);
  }

  window.linkagePickers = { init: init };
  document.addEventListener('DOMContentLoaded', () => init(document));
})();
