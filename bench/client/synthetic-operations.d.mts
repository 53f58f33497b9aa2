// Types of synthetic-operations.mjs.
import type { ApiModel } from '@hwcloud-directory/protocol';

/** `model` with made-up operations shaped like most real ones added until it has `count`. */
export declare function syntheticModel(model: ApiModel, count: number): ApiModel;
