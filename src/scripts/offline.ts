// Registers the service worker after the page is interactive and tells the reader, once and quietly,
// when the site is ready offline and when a new version is waiting (reload to update).

export function registerServiceWorker(toast: HTMLElement) {
  if (!('serviceWorker' in navigator)) return;
  const base = toast.dataset.base ?? '/';
  const message = toast.querySelector<HTMLElement>('.toast-message')!;
  const action = toast.querySelector<HTMLButtonElement>('.toast-action')!;
  const close = toast.querySelector<HTMLButtonElement>('.toast-close')!;
  close.addEventListener('click', () => (toast.hidden = true));

  const show = (text: string, withAction: boolean) => {
    message.textContent = text;
    action.hidden = !withAction;
    toast.hidden = false;
  };
  const hadController = Boolean(navigator.serviceWorker.controller);

  // Registration can fail (storage turned off, some private modes) or be stubbed out by the browser;
  // the site then simply works without offline reading.
  void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then(onRegistered, () => {});

  function onRegistered(registration: ServiceWorkerRegistration | undefined) {
    if (!registration) return;
    const offerUpdate = (worker: ServiceWorker) => {
      show(toast.dataset.update!, true);
      action.onclick = () => {
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
        worker.postMessage({ type: 'SKIP_WAITING' });
      };
    };
    if (registration.waiting && hadController) offerUpdate(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state !== 'installed') return;
        if (hadController) offerUpdate(worker);
      });
    });
    void navigator.serviceWorker.ready.then(() => {
      let shown = false;
      try {
        shown = localStorage.getItem('offline-ready') === '1';
        localStorage.setItem('offline-ready', '1');
      } catch {
        shown = true; // without storage we could not remember; stay quiet
      }
      if (!shown && !hadController) show(toast.dataset.ready!, false);
    });
  }
}
