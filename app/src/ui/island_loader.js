// Loads the WebAssembly islands bundle and hydrates each <leptos-island>, as Leptos's own
// island script does (leptos 0.8 `hydration/island_script.js`, MIT), with two differences for
// the phone: nothing is fetched on a page without islands, and nothing is preloaded — the
// bundle is asked for once the browser is idle, after the page has been painted, so it never
// competes with the page and its stylesheet for a slow connection.
((js, wasm) => {
	if (!document.querySelector('leptos-island')) return;
	const childrenCallbacks = [];
	async function traverse(node, mod) {
		if (node.nodeType !== Node.ELEMENT_NODE) return;
		const tag = node.tagName.toLowerCase();
		if (tag === 'leptos-island') {
			await hydrateIsland(node, node.dataset.component || null, mod);
			for (const child of node.children) await traverse(child, mod);
		} else if (tag === 'leptos-children') {
			childrenCallbacks.push(node.$$on_hydrate);
			for (const child of node.children) await traverse(child, mod);
			childrenCallbacks.pop();
		} else {
			for (const child of node.children) await traverse(child, mod);
		}
	}
	async function hydrateIsland(el, id, mod) {
		const islandFn = mod[id];
		if (!islandFn) {
			console.warn(`Could not find WASM function for the island ${id}.`);
			return;
		}
		const childrenCallback = childrenCallbacks[childrenCallbacks.length - 1];
		if (childrenCallback) childrenCallback();
		const res = islandFn(el);
		if (res && res.then) await res;
	}
	const idle = (c) => ('requestIdleCallback' in window ? window.requestIdleCallback(c) : setTimeout(c));
	idle(() => {
		import(js).then((mod) => {
			mod.default({ module_or_path: wasm }).then(() => {
				mod.hydrate();
				traverse(document.body, mod);
			});
			window.__hydrateIsland = (el, id) => hydrateIsland(el, id, mod);
		});
	});
})
