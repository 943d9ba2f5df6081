import { describeDeployedBot } from './scenario.ts'

describeDeployedBot('webhook')
