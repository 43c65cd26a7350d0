import type {} from '@cohesion-alliance/widgets/vue';
