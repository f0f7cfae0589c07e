// The virtual module vite-plugin-pwa provides to the renderer (registerSW).
/// <reference types="vite-plugin-pwa/vanillajs" />
