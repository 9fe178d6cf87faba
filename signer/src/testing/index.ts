export { MOCK_IDENTITY, startMockSigstore, type MockSigstore } from './mock-sigstore.js';
