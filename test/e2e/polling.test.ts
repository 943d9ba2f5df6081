import { describeDeployedBot } from './scenario.ts'

describeDeployedBot('polling')
