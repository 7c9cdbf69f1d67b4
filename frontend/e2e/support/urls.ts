export const IDP_URL = 'http://localhost:19000';
export const API_URL = 'http://localhost:18080';
export const SPA_URL = 'http://localhost:15173';
