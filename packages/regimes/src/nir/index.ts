export * from './nir-facts';
