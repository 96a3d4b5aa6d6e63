// The partner page's own script: a language switch (the widgets follow <html lang>) and a
// listener for the manifesto's call to action when it has no join-href.
const buttons = document.querySelectorAll('[data-lang]');
for (const button of buttons) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang;
    for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
  });
}

document.addEventListener('openllm-join-request', () => {
  document.getElementById('rejoindre')?.scrollIntoView({ behavior: 'smooth' });
  document.querySelector('.event-log').textContent = 'openllm-join-request';
});
